"""Real Redis for the guard, and access tokens signed the way auth signs them."""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator, Callable

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from redis.asyncio import Redis

from worth.common.tokens import TokenVerifier
from worth.devstack.infra import EmbeddedInfra
from worth.devstack.pytest_plugin import embedded_infra

__all__ = ["embedded_infra"]

ISSUER, AUDIENCE = "worth-auth", "worth"
MintToken = Callable[..., str]


@pytest.fixture(scope="session")
def signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def verifier(signing_key: Ed25519PrivateKey) -> TokenVerifier:
    public = signing_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return TokenVerifier(public, issuer=ISSUER, audience=AUDIENCE)


@pytest.fixture
def mint(signing_key: Ed25519PrivateKey) -> MintToken:
    """`Authorization` header of a fresh access token; `subject`/`jti` may be chosen."""

    def make(subject: str | None = None, jti: str | None = None) -> str:
        now = int(time.time())
        claims = {
            "iss": ISSUER,
            "aud": AUDIENCE,
            "sub": subject or str(uuid.uuid4()),
            "iat": now,
            "exp": now + 900,
            "jti": jti or uuid.uuid4().hex,
            "typ": "access",
            "kind": "guest",
        }
        return "Bearer " + jwt.encode(claims, signing_key, algorithm="EdDSA")

    return make


@pytest.fixture
async def redis(embedded_infra: EmbeddedInfra) -> AsyncIterator[Redis]:
    client = Redis.from_url(embedded_infra.redis.url)
    yield client
    await client.aclose()
