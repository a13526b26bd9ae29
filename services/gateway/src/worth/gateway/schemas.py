"""The public API's shapes, as documented in the gateway's OpenAPI."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Status = Literal["uploaded", "parsed", "analyzing", "completed", "failed"]


class TokenResponse(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = Field("bearer", description="Always `bearer`.")
    expires_in: int = Field(description="Seconds until the access token expires.")


class RefreshRequest(BaseModel):
    refresh_token: str


class LogoutRequest(BaseModel):
    refresh_token: str | None = None


class Me(BaseModel):
    subject: uuid.UUID
    kind: Literal["guest", "user"]
    created_at: datetime


class SubscribeRequest(BaseModel):
    email: str = Field(max_length=320, examples=["jane@example.com"])


class SubscriptionState(BaseModel):
    subscription_id: uuid.UUID
    email: str
    status: str
    created_at: datetime
    emails_sent: int


class UploadAccepted(BaseModel):
    resume_id: uuid.UUID
    status_url: str
    duplicate: bool = Field(False, description="This owner already uploaded the same file.")


class SupportedFormat(BaseModel):
    name: str
    media_type: str
    extensions: list[str]


class SupportedFormats(BaseModel):
    formats: list[SupportedFormat]
    max_upload_bytes: int


class SalaryRange(BaseModel):
    currency: str
    period: Literal["month", "year"]
    basis: Literal["net", "gross"]
    low: float
    median: float
    high: float


class MarketMatch(BaseModel):
    model_config = ConfigDict(extra="allow")
    source: str
    segment: str


class AnalysisResult(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: str
    grade: str
    years_experience: float
    skills: list[str]
    salary: SalaryRange
    market: MarketMatch
    recommendations: list[dict[str, str] | str]


class AnalysisStatus(BaseModel):
    resume_id: uuid.UUID
    status: Status
    error: str | None = None
    result: AnalysisResult | None = None
