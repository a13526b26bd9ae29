from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, UploadFile, status

from worth.common.http import from_state
from worth.common.tokens import CurrentPrincipal
from worth.resume import documents, service
from worth.resume.schemas import SupportedFormat, SupportedFormats, UploadAccepted
from worth.resume.settings import Settings
from worth.resume.storage import ObjectStorage

router = APIRouter(tags=["resumes"])


SettingsDep = Annotated[Settings, Depends(from_state("settings"))]
StorageDep = Annotated[ObjectStorage, Depends(from_state("storage"))]


@router.post("/upload", status_code=status.HTTP_202_ACCEPTED)
async def upload(
    request: Request,
    file: UploadFile,
    principal: CurrentPrincipal,
    settings: SettingsDep,
    storage: StorageDep,
) -> UploadAccepted:
    """Accept a resume; its analysis starts by itself and is polled at `status_url`."""
    outcome = await service.accept_upload(
        request.app.state.runtime.engine,
        storage,
        owner_id=principal.subject,
        upload=file,
        max_bytes=settings.max_upload_bytes,
    )
    return UploadAccepted(
        resume_id=outcome.resume_id,
        status_url=f"/api/v1/analysis/{outcome.resume_id}",
        duplicate=not outcome.created,
    )


@router.get("/supported-formats")
async def supported_formats(settings: SettingsDep) -> SupportedFormats:
    return SupportedFormats(
        formats=[
            SupportedFormat(name=f.name, media_type=f.media_type, extensions=list(f.extensions))
            for f in documents.SUPPORTED_FORMATS
            if f.extractable
        ],
        max_upload_bytes=settings.max_upload_bytes,
    )


@router.delete("/{resume_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete(
    resume_id: uuid.UUID, request: Request, principal: CurrentPrincipal, storage: StorageDep
) -> Response:
    """Delete the caller's resume, its extracted text and its analysis."""
    await service.delete_resume(
        request.app.state.runtime.engine,
        storage,
        owner_id=principal.subject,
        resume_id=resume_id,
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)
