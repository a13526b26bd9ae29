"""Objects in an S3 bucket (MinIO, SeaweedFS, AWS) through aioboto3, under an optional prefix."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aioboto3
from aiobotocore.config import AioConfig
from botocore.exceptions import ClientError

from worth.resume.storage.base import ObjectNotFound


class S3Storage:
    """Keys become `prefix + key` in `bucket`; the client is owned by whoever opened it."""

    def __init__(self, client: Any, bucket: str, prefix: str = "") -> None:
        self.client = client
        self.bucket = bucket
        self.prefix = prefix

    @classmethod
    @asynccontextmanager
    async def connect(
        cls,
        *,
        bucket: str,
        prefix: str = "",
        endpoint_url: str | None = None,
        region: str = "us-east-1",
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
    ) -> AsyncIterator[S3Storage]:
        """Open a client (path-style addressing, as MinIO and SeaweedFS want) for a lifespan."""
        session = aioboto3.Session(
            aws_access_key_id=access_key_id,
            aws_secret_access_key=secret_access_key,
            region_name=region,
        )
        config = AioConfig(s3={"addressing_style": "path"}, retries={"mode": "standard"})
        async with session.client("s3", endpoint_url=endpoint_url, config=config) as client:
            yield cls(client, bucket, prefix)

    async def put_file(self, key: str, source: Path) -> None:
        await self.put_bytes(key, await asyncio.to_thread(source.read_bytes))

    async def put_bytes(self, key: str, data: bytes) -> None:
        await self.client.put_object(Bucket=self.bucket, Key=self.prefix + key, Body=data)

    async def get_bytes(self, key: str) -> bytes:
        try:
            response = await self.client.get_object(Bucket=self.bucket, Key=self.prefix + key)
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                raise ObjectNotFound(key) from None
            raise
        async with response["Body"] as body:
            data: bytes = await body.read()
        return data

    async def delete(self, key: str) -> None:
        await self.client.delete_object(Bucket=self.bucket, Key=self.prefix + key)
