"""Resume intake and parsing: what happens to a file between upload and `resume.parsed`."""

from __future__ import annotations

import asyncio
import hashlib
import tempfile
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath, PureWindowsPath

from fastapi import UploadFile
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from worth.common.consumer import PermanentError
from worth.common.http import correlation_id
from worth.common.logging import get_logger
from worth.common.outbox import enqueue
from worth.common.problems import (
    BadRequest,
    NotFound,
    PayloadTooLarge,
    UnprocessableContent,
    UnsupportedMediaType,
)
from worth.contracts.codec import encode
from worth.contracts.events import ResumeDeleted, ResumeParsed, ResumeUploaded, Section
from worth.resume import documents, repository
from worth.resume.storage import (
    DecryptionError,
    ObjectNotFound,
    ObjectStorage,
    delete_resume_objects,
    original_key,
    processed_key,
)

SOURCE = "/worth/resume"
CHUNK = 64 * 1024
log = get_logger(__name__)


@dataclass(frozen=True)
class Upload:
    resume_id: uuid.UUID
    created: bool


async def accept_upload(
    engine: AsyncEngine,
    storage: ObjectStorage,
    *,
    owner_id: str,
    upload: UploadFile,
    max_bytes: int,
) -> Upload:
    """Validate by content, store, and record the upload with its event in one transaction."""
    with tempfile.TemporaryDirectory(prefix="worth-upload-") as tmp:
        path = Path(tmp) / "upload"
        size, sha256 = await _spool(upload, path, max_bytes)
        if size == 0:
            raise BadRequest("The file is empty.")
        fmt = await asyncio.to_thread(documents.detect_format_file, path)
        _check_acceptable(fmt, upload.filename)
        assert fmt is not None
        await _check_package(path, fmt)

        async with engine.connect() as conn:
            existing = await repository.find_by_content(conn, owner_id, sha256)
        if existing is not None:
            log.info("resume.duplicate_upload", resume_id=str(existing.id))
            return Upload(existing.id, created=False)

        resume_id = uuid.uuid4()
        key = original_key(resume_id)
        await storage.put_file(key, path)
        try:
            async with engine.begin() as conn:
                inserted = await repository.insert(
                    conn,
                    repository.NewResume(
                        id=resume_id,
                        owner_id=owner_id,
                        content_sha256=sha256,
                        format=fmt.name,
                        media_type=fmt.media_type,
                        size_bytes=size,
                        original_name=sanitize_filename(upload.filename),
                        storage_key=key,
                    ),
                )
                if inserted:
                    event = ResumeUploaded(
                        resume_id=str(resume_id),
                        owner_id=owner_id,
                        content_sha256=sha256,
                        format=fmt.name,
                        media_type=fmt.media_type,
                        size_bytes=size,
                        storage_key=key,
                        uploaded_at=datetime.now(UTC),
                    )
                    await enqueue(
                        conn, encode(event, source=SOURCE, correlation_id=correlation_id())
                    )
        except BaseException:
            await storage.delete(key)
            raise
        if not inserted:  # the same file raced in twice: keep the first
            await storage.delete(key)
            async with engine.connect() as conn:
                existing = await repository.find_by_content(conn, owner_id, sha256)
            assert existing is not None
            return Upload(existing.id, created=False)
        log.info("resume.uploaded", resume_id=str(resume_id), format=fmt.name, size=size)
        return Upload(resume_id, created=True)


async def _spool(upload: UploadFile, path: Path, max_bytes: int) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    out = await asyncio.to_thread(path.open, "wb")
    try:
        while chunk := await upload.read(CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise PayloadTooLarge(
                    f"The file is larger than the limit of {max_bytes} bytes.", limit=max_bytes
                )
            digest.update(chunk)
            await asyncio.to_thread(out.write, chunk)
    finally:
        out.close()
    return size, digest.hexdigest()


def _check_acceptable(fmt: documents.DocumentFormat | None, filename: str | None) -> None:
    if fmt is None:
        raise UnsupportedMediaType(
            "The file is not a document we can read.", detected_type="application/octet-stream"
        )
    if not fmt.extractable:
        raise UnsupportedMediaType(
            f"{fmt.name.upper()} files are not supported yet.", detected_type=fmt.media_type
        )
    claimed = Path(filename or "").suffix.lower().lstrip(".")
    if claimed in documents.KNOWN_EXTENSIONS and claimed not in fmt.extensions:
        raise UnsupportedMediaType(
            f"The file is named .{claimed} but its content is {fmt.name.upper()}.",
            detected_type=fmt.media_type,
        )


async def _check_package(path: Path, fmt: documents.DocumentFormat) -> None:
    """Refuse zip bombs and password-protected documents before anything is stored."""
    try:
        await asyncio.to_thread(documents.inspect, path, fmt)
    except documents.ExtractionError as exc:
        if exc.reason == "archive_too_large":
            raise PayloadTooLarge(
                "The document expands to more than we accept.", reason=exc.reason
            ) from None
        if exc.reason == "encrypted":
            raise UnprocessableContent(
                "The document is protected by a password; upload an unprotected copy.",
                reason=exc.reason,
            ) from None
        raise


def sanitize_filename(name: str | None, limit: int = 120) -> str | None:
    """A display-only name: no directories, control characters or absurd length."""
    if not name:
        return None
    base = PureWindowsPath(PurePosixPath(name).name).name
    cleaned = "".join(ch for ch in unicodedata.normalize("NFC", base) if ch.isprintable())
    cleaned = cleaned.strip().lstrip(".")
    return cleaned[:limit] or None


async def parse(
    conn: AsyncConnection, storage: ObjectStorage, event: ResumeUploaded, correlation: str | None
) -> None:
    """Extract, clean and redact the text; publish `resume.parsed` or record why not."""
    resume_id = uuid.UUID(event.resume_id)
    row = await repository.get(conn, resume_id)
    if row is None:
        raise PermanentError(f"resume {resume_id} is not known here")
    if row.status != "uploaded":
        log.info("resume.already_processed", status=row.status)
        return
    try:
        data = await storage.get_bytes(row.storage_key)
    except (ObjectNotFound, DecryptionError) as exc:
        # Retrying cannot bring back a missing or tampered original: record it and move on.
        log.error("resume.original_unreadable", error=type(exc).__name__)
        await repository.mark_failed(conn, resume_id, "original_unreadable")
        return
    try:
        extracted = await asyncio.to_thread(_extract_bytes, data)
    except documents.ExtractionError as exc:
        log.warning("resume.unreadable", reason=exc.reason)
        await repository.mark_failed(conn, resume_id, exc.reason)
        return
    text = documents.redact_contacts(extracted.text)
    sections = [
        Section(name=s.name, text=documents.redact_contacts(s.text)) for s in extracted.sections
    ]
    key = processed_key(resume_id)
    await storage.put_bytes(key, text.encode())
    await repository.mark_parsed(
        conn,
        resume_id,
        processed_key=key,
        language=extracted.language,
        page_count=extracted.page_count,
    )
    parsed = ResumeParsed(
        resume_id=event.resume_id,
        owner_id=event.owner_id,
        text=text,
        language=extracted.language,
        page_count=extracted.page_count,
        sections=sections,
        parser=extracted.parser,
        parsed_at=datetime.now(UTC),
    )
    await enqueue(conn, encode(parsed, source=SOURCE, correlation_id=correlation))
    log.info("resume.parsed", language=extracted.language, pages=extracted.page_count)


def _extract_bytes(data: bytes) -> documents.ExtractedDocument:
    with tempfile.TemporaryDirectory(prefix="worth-parse-") as tmp:
        path = Path(tmp) / "document"
        path.write_bytes(data)
        fmt = documents.detect_format_file(path)
        if fmt is None or not fmt.extractable:
            raise documents.ExtractionError("unsupported_format", "content type not readable")
        return documents.extract(path, fmt)


async def delete_resume(
    engine: AsyncEngine, storage: ObjectStorage, *, owner_id: str, resume_id: uuid.UUID
) -> None:
    """The owner's resume, its text and (by `resume.deleted`) its analysis: nothing readable.

    Objects go first, inside the transaction: if the commit fails, the owner can simply delete
    again; the reverse order could leave files behind a row that says they are gone.
    """
    async with engine.begin() as conn:
        row = await repository.lock_owned(conn, resume_id, owner_id)
        if row is None:
            raise NotFound("No such resume.")
        await delete_resume_objects(storage, resume_id, row.storage_key, row.processed_key)
        await repository.mark_deleted(conn, resume_id)
        deleted = ResumeDeleted(
            resume_id=str(resume_id),
            owner_id=owner_id,
            reason="owner_request",
            deleted_at=datetime.now(UTC),
        )
        await enqueue(conn, encode(deleted, source=SOURCE, correlation_id=correlation_id()))
    log.info("resume.deleted", resume_id=str(resume_id))
