"""Lab results: archive intake, direct XML uploads, queries and analyser profiles."""
from __future__ import annotations

import uuid
from typing import Any

import yaml
from fastapi import UploadFile

from pawchart.config import Settings
from pawchart.jobs import actors
from pawchart.repositories.lab_repo import LabRepository
from pawchart.util import xmlutil
from pawchart.util.paths import ensure_dir

ARCHIVE_SUFFIXES = (".zip", ".tar.gz", ".tgz")
PROFILE_KEYS = {"analyser", "vendor", "panels", "units", "flags"}


class LabLookupRejected(ValueError):
    pass


class LabReportNotFound(LookupError):
    pass


class LabService:
    def __init__(self, repo: LabRepository, settings: Settings) -> None:
        self.repo = repo
        self.settings = settings

    async def receive_archive(self, clinic_id: int, upload: UploadFile) -> str:
        filename = (upload.filename or "").lower()
        suffix = next((s for s in ARCHIVE_SUFFIXES if filename.endswith(s)), None)
        if suffix is None:
            raise ValueError("lab archives must be .zip or .tar.gz")
        job_id = uuid.uuid4().hex
        target = ensure_dir(self.settings.lab_inbox / str(clinic_id)) / f"{job_id}{suffix}"
        size = 0
        with target.open("wb") as fh:
            while chunk := await upload.read(1024 * 1024):
                size += len(chunk)
                if size > self.settings.max_upload_bytes:
                    fh.close()
                    target.unlink(missing_ok=True)
                    raise ValueError("archive too large")
                fh.write(chunk)
        actors.import_lab_archive.send(str(target), clinic_id, job_id)
        return job_id

    async def ingest_single_xml(self, clinic_id: int, data: bytes) -> int:
        root = xmlutil.parse_untrusted(data)
        docs = xmlutil.results_from_report(root, clinic_id, source="upload")
        await self.repo.save_report(clinic_id, data.decode("utf-8", errors="replace"), "upload")
        return await self.repo.insert_results(docs)

    async def results_for_pet(self, clinic_id: int, pet_id: int, panel: str | None) -> list[dict[str, Any]]:
        if panel:
            return await self.repo.for_pet_panel(clinic_id, pet_id, panel.strip())
        return await self.repo.for_pet(clinic_id, pet_id)

    async def by_accession(self, clinic_id: int, accession_no: str) -> dict[str, Any] | None:
        return await self.repo.by_accession(clinic_id, accession_no)

    async def verified_lookup(self, payload: dict[str, Any]) -> dict[str, Any] | None:
        """Referring vets look up a result with the accession and the code printed on the requisition."""
        accession = payload.get("accession_no")
        code = payload.get("verification_code")
        if not accession or not code:
            raise LabLookupRejected("accession_no and verification_code are required")
        return await self.repo.by_verified_accession(accession, code)

    async def _report_root(self, clinic_id: int, report_id: str):
        doc = await self.repo.get_report(clinic_id, report_id)
        if doc is None:
            raise LabReportNotFound(report_id)
        return xmlutil.parse_stored(doc["xml"])

    async def report_values(self, clinic_id: int, report_id: str, sample_id: str, code: str) -> list[str]:
        root = await self._report_root(clinic_id, report_id)
        return xmlutil.values_for_code(root, sample_id, code)

    async def report_values_by_analyte(self, clinic_id: int, report_id: str, sample_id: str, analyte: str) -> list[str]:
        root = await self._report_root(clinic_id, report_id)
        return xmlutil.values_for_analyte(root, sample_id, analyte)

    def load_analyser_profile(self, raw: bytes) -> dict[str, Any]:
        profile = yaml.load(raw, Loader=yaml.Loader)  # VULN deser
        if not isinstance(profile, dict) or not PROFILE_KEYS.issuperset(profile):
            raise ValueError("not an analyser profile")
        return profile

    def load_reference_ranges(self, raw: bytes) -> dict[str, Any]:
        ranges = yaml.safe_load(raw)  # SAFE deser
        if not isinstance(ranges, dict):
            raise ValueError("reference ranges must be a mapping")
        return {str(k): v for k, v in ranges.items()}
