"""TokenVerifier: only a current, untampered access token of this issuer and audience passes."""

from __future__ import annotations

import base64
import json
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI

from worth.common.keys import key_id, load_private_key, load_public_key, public_jwk, write_keypair
from worth.common.problems import Unauthorized, install_problem_handlers
from worth.common.tokens import CurrentPrincipal, Principal, TokenVerifier

ISSUER, AUDIENCE = "worth-auth", "worth"


@pytest.fixture
def keypair(tmp_path: Path) -> tuple[Ed25519PrivateKey, Path]:
    private, public = tmp_path / "keys" / "private.pem", tmp_path / "keys" / "public.pem"
    write_keypair(private, public)
    return load_private_key(private.read_bytes()), public


@pytest.fixture
def verifier(keypair: tuple[Ed25519PrivateKey, Path]) -> TokenVerifier:
    return TokenVerifier.from_file(keypair[1], issuer=ISSUER, audience=AUDIENCE)


def claims(**overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    base = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": str(uuid.uuid4()),
        "iat": now,
        "exp": now + 900,
        "jti": uuid.uuid4().hex,
        "typ": "access",
        "kind": "user",
    }
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not None}


def bearer(key: Ed25519PrivateKey, **overrides: Any) -> str:
    return "Bearer " + jwt.encode(claims(**overrides), key, algorithm="EdDSA")


def refused(verifier: TokenVerifier, authorization: str | None) -> str:
    with pytest.raises(Unauthorized) as caught:
        verifier.verify(authorization)
    assert caught.value.status == 401
    assert caught.value.extensions["headers"]["WWW-Authenticate"].startswith("Bearer")
    return caught.value.detail


def test_a_valid_access_token_names_its_principal(
    keypair: tuple[Ed25519PrivateKey, Path], verifier: TokenVerifier
) -> None:
    issued = claims()
    token = jwt.encode(issued, keypair[0], algorithm="EdDSA")
    assert verifier.verify(f"bearer {token}") == Principal(
        subject=issued["sub"], token_id=issued["jti"], expires_at=issued["exp"], kind="user"
    )


def test_kind_defaults_to_guest(
    keypair: tuple[Ed25519PrivateKey, Path], verifier: TokenVerifier
) -> None:
    assert verifier.verify(bearer(keypair[0], kind=None)).kind == "guest"


@pytest.mark.parametrize("authorization", [None, "", "Basic dXNlcjpwYXNz", "Bearer"])
def test_a_missing_bearer_token_is_refused(
    verifier: TokenVerifier, authorization: str | None
) -> None:
    assert refused(verifier, authorization) == "A bearer access token is required."


def test_an_expired_token_is_refused(
    keypair: tuple[Ed25519PrivateKey, Path], verifier: TokenVerifier
) -> None:
    now = int(time.time())
    token = bearer(keypair[0], iat=now - 1000, exp=now - 100)
    assert refused(verifier, token) == "The access token has expired."


@pytest.mark.parametrize(
    "overrides",
    [
        {"aud": "someone-else"},
        {"iss": "evil-issuer"},
        {"jti": None},
        {"sub": None},
        {"exp": None},
    ],
    ids=["wrong-audience", "wrong-issuer", "no-jti", "no-sub", "no-exp"],
)
def test_a_token_with_wrong_or_missing_claims_is_refused(
    keypair: tuple[Ed25519PrivateKey, Path], verifier: TokenVerifier, overrides: dict[str, Any]
) -> None:
    assert refused(verifier, bearer(keypair[0], **overrides)) == "The access token is not valid."


def test_a_token_signed_by_another_key_is_refused(verifier: TokenVerifier) -> None:
    stranger = Ed25519PrivateKey.generate()
    assert refused(verifier, bearer(stranger)) == "The access token is not valid."


def test_a_tampered_token_is_refused(
    keypair: tuple[Ed25519PrivateKey, Path], verifier: TokenVerifier
) -> None:
    header, _, signature = bearer(keypair[0])[7:].split(".")
    forged = base64.urlsafe_b64encode(json.dumps(claims(kind="admin")).encode()).rstrip(b"=")
    token = f"Bearer {header}.{forged.decode()}.{signature}"
    assert refused(verifier, token) == "The access token is not valid."


def test_an_unsigned_token_is_refused(verifier: TokenVerifier) -> None:
    token = jwt.encode(claims(), key="", algorithm="none")
    assert refused(verifier, f"Bearer {token}") == "The access token is not valid."


def test_a_refresh_or_untyped_token_is_not_an_access_token(
    keypair: tuple[Ed25519PrivateKey, Path], verifier: TokenVerifier
) -> None:
    assert refused(verifier, bearer(keypair[0], typ="refresh")) == "Not an access token."
    assert refused(verifier, bearer(keypair[0], typ=None)) == "Not an access token."


def test_write_keypair_keeps_an_existing_pair(tmp_path: Path) -> None:
    private, public = tmp_path / "private.pem", tmp_path / "public.pem"
    write_keypair(private, public)
    first = public.read_bytes()
    write_keypair(private, public)
    assert public.read_bytes() == first
    assert private.stat().st_mode & 0o777 == 0o600
    key = load_public_key(first)
    assert load_private_key(private.read_bytes()).public_key() == key
    jwk = public_jwk(key)
    assert (jwk["kty"], jwk["crv"], jwk["alg"], jwk["kid"]) == (
        "OKP",
        "Ed25519",
        "EdDSA",
        key_id(key),
    )


async def test_an_app_answers_401_problem_json_with_a_challenge(
    keypair: tuple[Ed25519PrivateKey, Path], verifier: TokenVerifier
) -> None:
    app = FastAPI()
    install_problem_handlers(app)
    app.state.token_verifier = verifier

    @app.get("/me")
    async def me(principal: CurrentPrincipal) -> dict[str, str]:
        return {"subject": principal.subject}

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        anonymous = await client.get("/me")
        known = await client.get("/me", headers={"Authorization": bearer(keypair[0], sub="u-1")})

    assert anonymous.status_code == 401
    assert anonymous.headers["www-authenticate"] == 'Bearer realm="worth"'
    assert anonymous.headers["content-type"] == "application/problem+json"
    assert anonymous.json()["detail"] == "A bearer access token is required."
    assert "headers" not in anonymous.json()
    assert known.json() == {"subject": "u-1"}
