"""Issuing access tokens (EdDSA JWT) and opaque refresh tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
import uuid
from dataclasses import dataclass

import jwt
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from worth.common.keys import key_id
from worth.common.tokens import ALGORITHM


@dataclass(frozen=True)
class AccessToken:
    token: str
    token_id: str
    expires_in: int


class TokenIssuer:
    def __init__(
        self, private_key: Ed25519PrivateKey, *, issuer: str, audience: str, ttl_s: int
    ) -> None:
        self._key = private_key
        self._kid = key_id(private_key.public_key())
        self._issuer = issuer
        self._audience = audience
        self.ttl_s = ttl_s
        self.public_key = private_key.public_key()

    def access_token(self, subject: uuid.UUID, kind: str) -> AccessToken:
        now = int(time.time())
        token_id = uuid.uuid4().hex
        claims = {
            "iss": self._issuer,
            "aud": self._audience,
            "sub": str(subject),
            "iat": now,
            "exp": now + self.ttl_s,
            "jti": token_id,
            "typ": "access",
            "kind": kind,
        }
        token = jwt.encode(claims, self._key, algorithm=ALGORITHM, headers={"kid": self._kid})
        return AccessToken(token=token, token_id=token_id, expires_in=self.ttl_s)


@dataclass(frozen=True)
class RefreshSecret:
    """`<token id>.<secret>`: the id finds the row, only the secret's hash is stored."""

    token_id: uuid.UUID
    secret: str

    @property
    def value(self) -> str:
        return f"{self.token_id}.{self.secret}"

    @property
    def secret_hash(self) -> str:
        return hash_secret(self.secret)

    @classmethod
    def new(cls) -> RefreshSecret:
        return cls(uuid.uuid4(), secrets.token_urlsafe(32))

    @classmethod
    def parse(cls, value: str) -> RefreshSecret | None:
        token_id, _, secret = value.partition(".")
        try:
            return cls(uuid.UUID(token_id), secret) if secret else None
        except ValueError:
            return None


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def secret_matches(secret: str, stored_hash: str) -> bool:
    return hmac.compare_digest(hash_secret(secret), stored_hash)
