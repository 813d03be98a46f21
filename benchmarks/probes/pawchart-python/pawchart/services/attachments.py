"""Clinical attachments (PDFs, photos) and report exports on local storage."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

from fastapi import UploadFile
from sqlalchemy.orm import Session

from pawchart.config import Settings
from pawchart.models.orm import Attachment
from pawchart.util.paths import ensure_dir, resolve_under

ALLOWED_TYPES = {
    "application/pdf": ".pdf",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "text/plain": ".txt",
}


class UnsupportedMedia(ValueError):
    pass


class UploadTooLarge(ValueError):
    pass


class AttachmentService:
    def __init__(self, session: Session, settings: Settings) -> None:
        self.session = session
        self.settings = settings

    def _folder(self, clinic_id: int, pet_id: int) -> Path:
        return ensure_dir(self.settings.storage_root / "attachments" / str(clinic_id) / str(pet_id))

    async def store(self, clinic_id: int, pet_id: int, upload: UploadFile, username: str) -> Attachment:
        ext = ALLOWED_TYPES.get(upload.content_type or "")
        if ext is None:
            raise UnsupportedMedia(upload.content_type)
        data = await upload.read()
        if len(data) > self.settings.max_upload_bytes:
            raise UploadTooLarge(len(data))
        stored_name = f"{uuid.uuid4().hex}{ext}"
        with open(self._folder(clinic_id, pet_id) / stored_name, "wb") as fh:  # SAFE path
            fh.write(data)
        attachment = Attachment(
            clinic_id=clinic_id,
            pet_id=pet_id,
            stored_name=stored_name,
            original_name=(upload.filename or "upload")[:255],
            content_type=upload.content_type or "application/octet-stream",
            size_bytes=len(data),
            uploaded_by=username,
        )
        self.session.add(attachment)
        self.session.flush()
        return attachment

    def attachment_file(self, attachment: Attachment) -> Path:
        return self._folder(attachment.clinic_id, attachment.pet_id) / attachment.stored_name

    def export_path(self, clinic_id: int, name: str) -> str:
        """Locate a generated CSV/PDF export for the caller's clinic."""
        base = os.path.join(str(self.settings.storage_root), "exports", str(clinic_id))
        candidate = resolve_under(base, name)
        if not os.path.isfile(candidate):
            raise FileNotFoundError(name)
        return candidate

    def list_exports(self, clinic_id: int) -> list[str]:
        folder = self.settings.storage_root / "exports" / str(clinic_id)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.is_file())
