"""Radiograph / photo handling: storage, thumbnails and study bundles."""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import tarfile
from pathlib import Path

from fastapi import UploadFile

from pawchart.config import Settings
from pawchart.util.paths import ensure_dir, safe_join

THUMB_SIZE = re.compile(r"\d{2,4}x\d{2,4}")


class ImagingService:
    def __init__(self, settings: Settings) -> None:
        self.root = settings.storage_root / "imaging"

    def pet_dir(self, clinic_id: int, pet_id: int) -> Path:
        return ensure_dir(self.root / str(clinic_id) / str(pet_id))

    async def save_upload(self, clinic_id: int, pet_id: int, upload: UploadFile) -> Path:
        folder = self.pet_dir(clinic_id, pet_id)
        target = os.path.join(folder, upload.filename or "image.bin")
        with open(target, "wb") as fh:  # VULN path
            shutil.copyfileobj(upload.file, fh)
        return Path(target)

    def image_path(self, clinic_id: int, pet_id: int, image_name: str) -> Path:
        return safe_join(self.root, str(clinic_id), str(pet_id), image_name)

    def make_thumbnail(self, src: Path, size: str) -> Path:
        if not THUMB_SIZE.match(size):
            raise ValueError(f"bad thumbnail size: {size}")
        dst = src.with_name(f"{src.stem}_thumb.jpg")
        cmd = f"convert {shlex.quote(str(src))} -auto-orient -thumbnail {size} {shlex.quote(str(dst))}"
        subprocess.run(cmd, shell=True, check=True, timeout=60)  # VULN cmdi
        return dst

    def make_preview(self, src: Path, width: int, height: int) -> Path:
        dst = src.with_name(f"{src.stem}_{width}x{height}.png")
        if not dst.exists():
            subprocess.run(["convert", str(src), "-auto-orient", "-resize", f"{width}x{height}>", str(dst)], check=True, timeout=60)  # SAFE cmdi
        return dst

    def import_study_bundle(self, clinic_id: int, pet_id: int, bundle: Path) -> list[str]:
        """Unpack a DICOM study bundle exported by the X-ray workstation."""
        dest = ensure_dir(self.pet_dir(clinic_id, pet_id) / "studies" / bundle.name.split(".")[0])
        with tarfile.open(bundle, "r:*") as tar:
            members = [
                m for m in tar.getmembers()
                if not m.name.startswith("/") and ".." not in m.name.split("/")
            ]
            tar.extractall(path=dest, members=members)  # VULN zipslip
        return sorted(str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file())
