from __future__ import annotations

import time
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Response, status
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine

from worth.auth import repository, service
from worth.auth.schemas import LogoutRequest, Me, RefreshRequest, TokenResponse
from worth.auth.settings import Settings
from worth.auth.tokens import TokenIssuer
from worth.common.http import from_state
from worth.common.keys import public_jwk
from worth.common.problems import Unauthorized
from worth.common.tokens import CurrentPrincipal, revoked_key

router = APIRouter(tags=["auth"])


EngineDep = Annotated[AsyncEngine, Depends(from_state("engine"))]
IssuerDep = Annotated[TokenIssuer, Depends(from_state("issuer"))]
SettingsDep = Annotated[Settings, Depends(from_state("settings"))]
RedisDep = Annotated[Redis, Depends(from_state("redis"))]


def _response(pair: service.TokenPair) -> TokenResponse:
    return TokenResponse(
        access_token=pair.access_token,
        refresh_token=pair.refresh_token,
        expires_in=pair.expires_in,
    )


@router.post("/guest", status_code=status.HTTP_201_CREATED)
async def guest(engine: EngineDep, issuer: IssuerDep, settings: SettingsDep) -> TokenResponse:
    """An anonymous visitor's identity: only this subject can read what it uploads."""
    return _response(await service.sign_in_guest(engine, issuer, settings.refresh_ttl_s))


@router.post("/refresh")
async def refresh(
    body: RefreshRequest, engine: EngineDep, issuer: IssuerDep, settings: SettingsDep
) -> TokenResponse:
    """Rotate: the old refresh token is spent; presenting it again revokes the session."""
    return _response(
        await service.refresh(engine, issuer, body.refresh_token, settings.refresh_ttl_s)
    )


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(
    principal: CurrentPrincipal, body: LogoutRequest, engine: EngineDep, redis: RedisDep
) -> Response:
    ttl = max(principal.expires_at - int(time.time()), 1)
    await redis.set(revoked_key(principal.token_id), "1", ex=ttl)
    if body.refresh_token:
        await service.revoke_refresh(engine, body.refresh_token)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/me")
async def me(principal: CurrentPrincipal, engine: EngineDep, redis: RedisDep) -> Me:
    if await redis.exists(revoked_key(principal.token_id)):
        raise Unauthorized("The access token has been revoked.")
    async with engine.connect() as conn:
        user = await repository.get_user(conn, uuid.UUID(principal.subject))
    if user is None:
        raise Unauthorized("The subject no longer exists.")
    return Me(subject=user.id, kind=user.kind, created_at=user.created_at)


@router.get("/.well-known/jwks.json")
async def jwks(issuer: IssuerDep) -> dict[str, Any]:
    """Public keys that verify access tokens (for services that fetch rather than mount them)."""
    return {"keys": [public_jwk(issuer.public_key)]}
