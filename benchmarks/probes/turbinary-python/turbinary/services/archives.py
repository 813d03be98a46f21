"""Extraction of SCADA log archives uploaded from site laptops."""
import shutil
import zipfile
from pathlib import Path
from typing import BinaryIO

from turbinary.config import settings


class ArchiveRejected(ValueError):
    pass


def extract_log_archive(upload: BinaryIO, turbine_id: int) -> list[Path]:
    dest = (settings.upload_dir / "scada-logs" / str(turbine_id)).resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    with zipfile.ZipFile(upload) as zf:
        for info in (m for m in zf.infolist() if not m.is_dir()):
            target = (dest / info.filename).resolve()
            if not target.is_relative_to(dest):
                raise ArchiveRejected(f"member escapes destination: {info.filename}")
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:  # SAFE zipslip
                shutil.copyfileobj(src, out)
            written.append(target)
    return written
