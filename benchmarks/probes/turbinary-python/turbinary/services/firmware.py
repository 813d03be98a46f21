"""Controller firmware bundles and flash planning."""
import json
import subprocess
import tarfile
from typing import BinaryIO
from uuid import uuid4

from turbinary.config import settings
from turbinary.models import Turbine


class BundleError(Exception):
    pass


def unpack_bundle(upload: BinaryIO, version: str) -> dict:
    dest = settings.firmware_dir / "staging" / uuid4().hex
    dest.mkdir(parents=True)
    with tarfile.open(fileobj=upload, mode="r:gz") as tar:
        tar.extractall(dest)  # VULN zipslip
    manifest_path = dest / "manifest.json"
    if not manifest_path.exists():
        raise BundleError("bundle has no manifest.json")
    manifest = json.loads(manifest_path.read_text())
    if manifest.get("version") != version:
        raise BundleError("version mismatch between form and manifest")
    return {"staging_dir": str(dest), "controllers": manifest.get("controllers", [])}


def flash_plan(turbine: Turbine) -> str:
    proc = subprocess.run(f"fwtool plan --controller {turbine.controller_model} --turbine-id {turbine.id}", shell=True, capture_output=True, text=True, timeout=120)  # SAFE cmdi
    if proc.returncode != 0:
        raise BundleError(proc.stderr.strip() or "fwtool failed")
    return proc.stdout
