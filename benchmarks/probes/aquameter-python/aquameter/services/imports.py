"""Staging of uploaded import files before the workers pick them up."""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO
from uuid import UUID, uuid4

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from aquameter.config import Settings
from aquameter.tables import import_batches

KIND_SUFFIX = {
    "bundle": ".zip",
    "photos": ".zip",
    "gis": ".tar.gz",
    "vendor": ".tar.gz",
    "rateplan": ".yaml",
}


class ImportService:
    def __init__(self, session: Session, settings: Settings) -> None:
        self.session = session
        self.settings = settings

    def stash(self, kind: str, source_name: str | None, stream: BinaryIO) -> tuple[UUID, Path]:
        batch_id = uuid4()
        folder = self.settings.import_dir / kind
        folder.mkdir(parents=True, exist_ok=True)
        stored = folder / f"{batch_id}{KIND_SUFFIX[kind]}"
        with stored.open("wb") as out:
            while chunk := stream.read(1024 * 1024):
                out.write(chunk)
        self.session.execute(
            insert(import_batches).values(id=batch_id, kind=kind, source_name=source_name, stored_path=str(stored))
        )
        return batch_id, stored

    def mark(self, batch_id: UUID, status: str, detail: str | None = None) -> None:
        self.session.execute(
            update(import_batches).where(import_batches.c.id == batch_id).values(status=status, detail=detail)
        )
