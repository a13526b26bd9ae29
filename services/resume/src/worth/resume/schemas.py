from __future__ import annotations

import uuid

from pydantic import BaseModel


class UploadAccepted(BaseModel):
    resume_id: uuid.UUID
    status_url: str
    duplicate: bool = False


class SupportedFormat(BaseModel):
    name: str
    media_type: str
    extensions: list[str]


class SupportedFormats(BaseModel):
    formats: list[SupportedFormat]
    max_upload_bytes: int
