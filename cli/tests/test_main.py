"""The `worth` command: argument errors, the user's flow against a gateway, and its report."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest
from rich.console import Console

from worth.cli.main import CliError, analyze, main, render


def closed_port() -> int:
    """A local port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


RESUME_ID = "7d3f0c1e-2b4a-4c5d-8e9f-0a1b2c3d4e5f"


def completed(**result: Any) -> dict[str, Any]:
    base = {
        "role": "backend_developer",
        "role_title": "Backend developer",
        "grade": "senior",
        "years_experience": 6.46,
        "skills": ["Python", "Kafka"],
        "location": {"city": "Berlin", "country": "Germany"},
        "salary": {
            "currency": "EUR",
            "period": "year",
            "basis": "gross",
            "low": 68_400.4,
            "median": 75_000,
            "high": 1_082_000,
        },
        "market": {"source": "stepstone", "segment": "python backend"},
        "recommendations": [{"kind": "skill", "text": "Learn Kubernetes"}, "Negotiate up"],
    }
    base.update(result)
    return {"resume_id": RESUME_ID, "status": "completed", "result": base, "elapsed_s": 3.2}


def shown(state: dict[str, Any]) -> str:
    console = Console(record=True, width=120)
    render(state, console)
    return console.export_text()


def test_a_completed_analysis_is_shown_in_full() -> None:
    text = shown(completed())
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "Role Backend developer (senior)" in lines
    assert "Experience 6.5 years" in lines
    assert "Skills Python, Kafka" in lines
    assert "Location Berlin, Germany" in lines
    assert "Salary 68 400 – 1 082 000 EUR per year, gross (median 75 000)" in lines
    assert "Market python backend — stepstone" in lines
    assert "• Learn Kubernetes" in lines
    assert "• Negotiate up" in lines
    assert "Completed in 3.20 s." in lines


def test_sparse_results_are_shown_without_gaps() -> None:
    text = shown(
        completed(
            role_title=None, years_experience=None, skills=[], location=None, recommendations=[]
        )
    )
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "Role backend_developer (senior)" in lines
    assert "Experience not dated" in lines
    assert "Skills —" in lines
    assert not any(line.startswith("Location") for line in lines)
    assert "To earn more" not in text
    assert "None" not in text


def test_a_plain_location_string_is_shown() -> None:
    assert "Location Remote" in " ".join(shown(completed(location="Remote")).split())


def test_a_failed_analysis_shows_its_reason() -> None:
    failed = {"status": "failed", "error": "The document has no text.", "elapsed_s": 1.0}
    assert shown(failed).strip() == "The analysis failed: The document has no text."
    assert shown({"status": "failed"}).strip() == "The analysis failed: unknown reason"


def test_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.pdf"
    assert main(["analyze", str(missing)]) == 2
    assert f"No such file: {missing}" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize(
    "argv", [[], ["analyze"], ["frobnicate"], ["analyze", "cv.pdf", "--timeout", "soon"]]
)
def test_bad_arguments_exit_2_with_usage(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    assert "usage: worth" in capsys.readouterr().err


def test_an_unreachable_gateway_is_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    resume = tmp_path / "cv.txt"
    resume.write_text("Python developer")
    url = f"http://127.0.0.1:{closed_port()}"
    assert main(["analyze", str(resume), "--url", url, "--timeout", "5"]) == 1
    assert "Error:" in capsys.readouterr().out


class Gateway:
    """Answers the calls the CLI makes, remembering them; polls answer `polls` in turn."""

    def __init__(self, polls: list[httpx.Response]) -> None:
        self.polls = polls
        self.calls: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(request)
        path = request.url.path
        if path == "/api/v1/auth/guest":
            return httpx.Response(201, json={"access_token": "tok", "refresh_token": "r"})
        if path == "/api/v1/emails/subscribe":
            return httpx.Response(200, json={"email": json.loads(request.content)["email"]})
        if path == "/api/v1/resumes/upload":
            status_url = f"/api/v1/analysis/{RESUME_ID}"
            return httpx.Response(202, json={"resume_id": RESUME_ID, "status_url": status_url})
        if path == f"/api/v1/analysis/{RESUME_ID}":
            return self.polls.pop(0)
        return httpx.Response(404)


def client(gateway: Gateway) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(gateway), base_url="http://gateway")


def test_analyze_uploads_subscribes_and_polls_until_done(tmp_path: Path) -> None:
    resume = tmp_path / "cv.pdf"
    resume.write_bytes(b"%PDF-1.7 resume")
    done = completed()
    gateway = Gateway(
        [
            httpx.Response(429, headers={"Retry-After": "0"}),
            httpx.Response(200, json={"resume_id": RESUME_ID, "status": "analyzing"}),
            httpx.Response(200, json={k: v for k, v in done.items() if k != "elapsed_s"}),
        ]
    )
    with client(gateway) as http:
        state = analyze(http, resume, email="jane@example.com", timeout_s=30, console=Console())

    assert state["status"] == "completed"
    assert state["result"] == done["result"]
    assert state["elapsed_s"] >= 0
    paths = [r.url.path for r in gateway.calls]
    assert paths[:3] == ["/api/v1/auth/guest", "/api/v1/emails/subscribe", "/api/v1/resumes/upload"]
    assert paths[3:] == [f"/api/v1/analysis/{RESUME_ID}"] * 3
    assert all(r.headers["authorization"] == "Bearer tok" for r in gateway.calls[1:])
    assert json.loads(gateway.calls[1].content) == {"email": "jane@example.com"}
    upload = gateway.calls[2]
    assert upload.headers["content-type"].startswith("multipart/form-data")
    assert b'filename="cv.pdf"' in upload.content
    assert b"%PDF-1.7 resume" in upload.content


def test_a_problem_from_the_gateway_is_reported(tmp_path: Path) -> None:
    resume = tmp_path / "cv.pdf"
    resume.write_bytes(b"x")

    def refusing(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/upload"):
            problem = {"title": "Content Too Large", "detail": "The file is larger than 10 MB."}
            return httpx.Response(413, json=problem)
        return Gateway([])(request)

    with httpx.Client(transport=httpx.MockTransport(refusing), base_url="http://g") as http:
        with pytest.raises(
            CliError, match=r"413 Content Too Large: The file is larger than 10 MB\."
        ):
            analyze(http, resume, email=None, timeout_s=30, console=Console())


def test_analyze_gives_up_after_its_timeout(tmp_path: Path) -> None:
    resume = tmp_path / "cv.pdf"
    resume.write_bytes(b"x")
    gateway = Gateway([httpx.Response(200, json={"status": "analyzing"})] * 50)
    with client(gateway) as http:
        with pytest.raises(CliError, match=r"no result after 0 s \(last status: uploaded\)"):
            analyze(http, resume, email=None, timeout_s=0, console=Console())
    assert "/api/v1/emails/subscribe" not in [r.url.path for r in gateway.calls]
