from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, Field


class SubscribeRequest(BaseModel):
    email: str = Field(max_length=320, examples=["jane@example.com"])


class SubscriptionState(BaseModel):
    subscription_id: uuid.UUID
    email: str
    status: str
    created_at: datetime
    emails_sent: int = 0
