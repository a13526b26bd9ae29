"""The public API under /api/v1: commands go to their owning service, polling is answered here."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse

from worth.common.http import from_state
from worth.common.problems import BadRequest, NotFound, PayloadTooLarge
from worth.gateway.guard import Caller, PollingCaller
from worth.gateway.read_model import ReadModel
from worth.gateway.schemas import (
    AnalysisStatus,
    LogoutRequest,
    Me,
    RefreshRequest,
    SubscribeRequest,
    SubscriptionState,
    SupportedFormats,
    TokenResponse,
    UploadAccepted,
)
from worth.gateway.settings import Settings
from worth.gateway.upstream import Upstream, limited_body

router = APIRouter(prefix="/api/v1")
PROBLEM: dict[int | str, dict[str, Any]] = {
    code: {"content": {"application/problem+json": {}}, "description": description}
    for code, description in {
        400: "Bad request",
        401: "Missing, expired, revoked or tampered access token",
        404: "Not found (or not yours)",
        413: "Too large",
        415: "Unsupported document type",
        429: "Rate limited",
        503: "A service is unreachable",
    }.items()
}
MULTIPART_OVERHEAD = 64 * 1024


SettingsDep = Annotated[Settings, Depends(from_state("settings"))]
UpstreamDep = Annotated[Upstream, Depends(from_state("upstream"))]
ReadModelDep = Annotated[ReadModel, Depends(from_state("read_model"))]


@router.post(
    "/auth/guest",
    tags=["auth"],
    status_code=201,
    response_model=TokenResponse,
    responses=PROBLEM,
)
async def guest(request: Request, settings: SettingsDep, upstream: UpstreamDep) -> Response:
    """A guest identity: a 15-minute access token and a refresh token."""
    return await upstream.forward(request, f"{settings.auth_url}/guest")


@router.post("/auth/refresh", tags=["auth"], response_model=TokenResponse, responses=PROBLEM)
async def refresh(
    body: RefreshRequest, request: Request, settings: SettingsDep, upstream: UpstreamDep
) -> Response:
    """Rotate a refresh token; a reused one revokes its whole session."""
    return await upstream.forward(request, f"{settings.auth_url}/refresh", json=body.model_dump())


@router.post("/auth/logout", tags=["auth"], status_code=204, responses=PROBLEM)
async def logout(
    body: LogoutRequest,
    caller: Caller,
    request: Request,
    settings: SettingsDep,
    upstream: UpstreamDep,
) -> Response:
    """Revoke the access token now (and the refresh token's session, if given)."""
    return await upstream.forward(request, f"{settings.auth_url}/logout", json=body.model_dump())


@router.get("/auth/me", tags=["auth"], response_model=Me, responses=PROBLEM)
async def me(
    caller: Caller, request: Request, settings: SettingsDep, upstream: UpstreamDep
) -> Response:
    """Who the access token belongs to."""
    return await upstream.forward(request, f"{settings.auth_url}/me")


@router.post(
    "/emails/subscribe", tags=["emails"], response_model=SubscriptionState, responses=PROBLEM
)
async def subscribe(
    body: SubscribeRequest,
    caller: Caller,
    request: Request,
    settings: SettingsDep,
    upstream: UpstreamDep,
) -> Response:
    """Email this subject's analysis results to the address."""
    return await upstream.forward(
        request, f"{settings.notifier_url}/subscribe", json=body.model_dump()
    )


UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {
                            "type": "string",
                            "format": "binary",
                            "description": "The resume: PDF, DOCX or TXT, decided by content.",
                        }
                    },
                }
            }
        },
    }
}


@router.post(
    "/resumes/upload",
    tags=["resumes"],
    status_code=202,
    response_model=UploadAccepted,
    responses=PROBLEM,
    openapi_extra=UPLOAD_BODY,
)
async def upload(
    caller: Caller, request: Request, settings: SettingsDep, upstream: UpstreamDep
) -> Response:
    """Upload a resume (multipart field `file`); poll `status_url` for the analysis.

    The body is streamed to the resume service and cut off once it passes the size limit.
    """
    limit = settings.max_upload_bytes + MULTIPART_OVERHEAD
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(
            f"The file is larger than the limit of {settings.max_upload_bytes} bytes.",
            limit=settings.max_upload_bytes,
        )
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise BadRequest("Send the resume as multipart/form-data in the field `file`.")
    return await upstream.forward(
        request, f"{settings.resume_url}/upload", content=limited_body(request, limit)
    )


@router.delete("/resumes/{resume_id}", tags=["resumes"], status_code=204, responses=PROBLEM)
async def delete_resume(
    resume_id: str,
    caller: Caller,
    request: Request,
    settings: SettingsDep,
    upstream: UpstreamDep,
) -> Response:
    """Delete your resume, its extracted text and its analysis; nothing readable remains."""
    key = _resume_key(resume_id)
    return await upstream.forward(request, f"{settings.resume_url}/{key}")


@router.get(
    "/resumes/supported-formats",
    tags=["resumes"],
    response_model=SupportedFormats,
    responses=PROBLEM,
)
async def supported_formats(
    request: Request, settings: SettingsDep, upstream: UpstreamDep
) -> Response:
    """Document types accepted by content, with the size limit."""
    return await upstream.forward(request, f"{settings.resume_url}/supported-formats")


@router.get(
    "/analysis/{resume_id}", tags=["analysis"], response_model=AnalysisStatus, responses=PROBLEM
)
async def analysis(resume_id: str, caller: PollingCaller, read_model: ReadModelDep) -> Response:
    """Status of a resume's analysis and, once completed, the result. Poll every 10 s."""
    key = _resume_key(resume_id)
    state = await read_model.state(key)
    # Someone else's resume is indistinguishable from a missing one.
    if state is None or state.owner_id != caller.subject:
        raise NotFound("No such resume.")
    body: dict[str, Any] = {"resume_id": resume_id, "status": state.status}
    if state.error:
        body["error"] = state.error
    if state.result is not None and state.status == "completed":
        body["result"] = state.result
    return JSONResponse(body)


def _resume_key(resume_id: str) -> uuid.UUID:
    """A malformed id names no resume: the same 404 as a missing or someone else's one."""
    try:
        return uuid.UUID(resume_id)
    except ValueError:
        raise NotFound("No such resume.") from None
