"""A migrated auth_db of its own for each test, on the embedded PostgreSQL."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.ext.asyncio import AsyncEngine

from worth.auth.tokens import TokenIssuer
from worth.common.db import create_engine
from worth.common.migrations import upgrade
from worth.common.tokens import TokenVerifier
from worth.devstack.infra import EmbeddedInfra
from worth.devstack.pytest_plugin import embedded_infra, fresh_database

__all__ = ["embedded_infra"]

ISSUER, AUDIENCE = "worth-auth", "worth"
ACCESS_TTL_S = 15 * 60


@pytest.fixture
async def engine(embedded_infra: EmbeddedInfra) -> AsyncIterator[AsyncEngine]:
    url = fresh_database(embedded_infra, "auth")
    await asyncio.to_thread(upgrade, "worth.auth", url)
    engine = create_engine(url, pool_size=4)
    yield engine
    await engine.dispose()


@pytest.fixture(scope="session")
def signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def issuer(signing_key: Ed25519PrivateKey) -> TokenIssuer:
    return TokenIssuer(signing_key, issuer=ISSUER, audience=AUDIENCE, ttl_s=ACCESS_TTL_S)


@pytest.fixture
def verifier(signing_key: Ed25519PrivateKey) -> TokenVerifier:
    """What every other service holds: only the public half of the key."""
    public = signing_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return TokenVerifier(public, issuer=ISSUER, audience=AUDIENCE)
