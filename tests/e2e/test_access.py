"""Only the uploader can read an analysis; bad tokens and bad files get problem JSON."""

from __future__ import annotations

import base64
import json

import httpx
import pytest

from worth.devstack.stack import WorthStack

from .conftest import CORPUS, Visitor

PROBLEM = "application/problem+json"


def _problem(answer: httpx.Response, status: int) -> dict[str, object]:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith(PROBLEM)
    body: dict[str, object] = answer.json()
    assert body["status"] == status and body["title"] and body["detail"]
    return body


def test_another_subject_cannot_see_an_analysis(stack: WorthStack, visitor: Visitor) -> None:
    resume_id = visitor.upload(CORPUS / "ru_utf8.txt").json()["resume_id"]
    stranger = Visitor(stack.gateway_url)
    _problem(stranger.poll(resume_id), 404)
    # ...and it looks exactly like a resume that does not exist.
    missing = stranger.poll("00000000-0000-4000-8000-000000000000")
    assert missing.json()["detail"] == stranger.poll(resume_id).json()["detail"]
    assert visitor.wait(resume_id)["status"] == "completed"


def _tampered(token: str) -> str:
    header, claims, signature = token.split(".")
    data = json.loads(base64.urlsafe_b64decode(claims + "=" * (-len(claims) % 4)))
    data["sub"] = "someone-else"
    forged = base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()
    return f"{header}.{forged}.{signature}"


@pytest.mark.parametrize("kind", ["missing", "garbage", "tampered", "revoked"])
def test_bad_tokens_get_401(stack: WorthStack, visitor: Visitor, kind: str) -> None:
    resume_id = visitor.upload(CORPUS / "en_utf16.txt").json()["resume_id"]
    token = visitor.tokens["access_token"]
    headers = {
        "missing": {},
        "garbage": {"Authorization": "Bearer not-a-jwt"},
        "tampered": {"Authorization": f"Bearer {_tampered(token)}"},
        "revoked": {"Authorization": f"Bearer {token}"},
    }[kind]
    if kind == "revoked":
        assert visitor.http.post("/api/v1/auth/logout", json={}).status_code == 204
    answer = httpx.get(f"{stack.gateway_url}/api/v1/analysis/{resume_id}", headers=headers)
    _problem(answer, 401)
    assert answer.headers["www-authenticate"].startswith("Bearer")


def test_me_names_the_guest(visitor: Visitor) -> None:
    me = visitor.http.get("/api/v1/auth/me")
    assert me.status_code == 200, me.text
    assert me.json()["kind"] == "guest"
    stranger = httpx.get(visitor.http.base_url.join("/api/v1/auth/me"))
    _problem(stranger, 401)


def test_refresh_rotates_and_a_reused_token_revokes_the_session(visitor: Visitor) -> None:
    refresh = visitor.tokens["refresh_token"]
    rotated = visitor.http.post("/api/v1/auth/refresh", json={"refresh_token": refresh})
    assert rotated.status_code == 200, rotated.text
    second = rotated.json()["refresh_token"]
    assert second != refresh
    _problem(visitor.http.post("/api/v1/auth/refresh", json={"refresh_token": refresh}), 401)
    # Reuse revoked the whole family: the newest token is dead too.
    _problem(visitor.http.post("/api/v1/auth/refresh", json={"refresh_token": second}), 401)


@pytest.mark.parametrize(
    ("name", "status", "detected"),
    [
        ("random.bin", 415, "application/octet-stream"),
        ("program_renamed.pdf", 415, "application/octet-stream"),
        ("fake_ole.doc", 415, "application/octet-stream"),
        ("zip_bomb.docx", 413, None),
        ("encrypted.docx", 422, None),
        ("encrypted.pdf", 422, None),
        ("empty.txt", 400, None),
    ],
)
def test_bad_uploads_are_refused_with_problem_json(
    visitor: Visitor, name: str, status: int, detected: str | None
) -> None:
    body = _problem(visitor.upload(CORPUS / name), status)
    if detected:
        assert body["detected_type"] == detected


def test_a_docx_named_pdf_is_refused_naming_what_it_is(visitor: Visitor) -> None:
    body = _problem(visitor.upload(CORPUS / "en_resume.docx", name="cv.pdf"), 415)
    assert "wordprocessingml" in str(body["detected_type"])


def test_oversized_upload_is_cut_off(visitor: Visitor) -> None:
    _problem(visitor.upload_bytes(b"a" * (10 * 1024 * 1024 + 1), "big.txt"), 413)


def test_supported_formats_and_openapi(stack: WorthStack, visitor: Visitor) -> None:
    formats = visitor.http.get("/api/v1/resumes/supported-formats").json()
    names = {f["name"] for f in formats["formats"]}
    assert {"txt", "docx", "pdf"} <= names
    assert formats["max_upload_bytes"] == 10 * 1024 * 1024
    paths = httpx.get(f"{stack.gateway_url}/openapi.json").json()["paths"]
    for path in (
        "/api/v1/auth/guest",
        "/api/v1/emails/subscribe",
        "/api/v1/resumes/upload",
        "/api/v1/resumes/supported-formats",
        "/api/v1/analysis/{resume_id}",
    ):
        assert path in paths


def test_every_service_is_alive_and_ready(stack: WorthStack) -> None:
    for service in stack.services.values():
        assert httpx.get(f"{service.url}/health").json() == {"status": "ok"}
        ready = httpx.get(f"{service.url}/ready")
        assert ready.status_code == 200 and ready.json()["status"] == "ready", service.name


def test_the_gateway_role_reads_the_published_views_and_nothing_else(stack: WorthStack) -> None:
    import asyncio

    import asyncpg

    async def probe(database: str, allowed: str, denied: list[str]) -> None:
        conn = await asyncpg.connect(stack.infra.postgres.dsn(database, user="worth_gateway"))
        try:
            await conn.fetch(allowed)
            for query in denied:
                with pytest.raises(asyncpg.InsufficientPrivilegeError):
                    await conn.execute(query)
        finally:
            await conn.close()

    asyncio.run(
        probe(
            "resumes_db",
            "SELECT * FROM resume_read_v1 LIMIT 1",
            ["SELECT * FROM resumes LIMIT 1", "DELETE FROM resume_read_v1", "SELECT * FROM outbox"],
        )
    )
    asyncio.run(
        probe(
            "analysis_db",
            "SELECT * FROM analysis_read_v1 LIMIT 1",
            ["SELECT * FROM analyses LIMIT 1", "UPDATE analysis_read_v1 SET status = 'x'"],
        )
    )
