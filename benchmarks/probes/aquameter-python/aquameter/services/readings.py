"""Meter reading capture, consumption reporting and photo access."""
from __future__ import annotations

import csv
import logging
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from aquameter.clients.gis import GisClient
from aquameter.config import Settings
from aquameter.repositories import readings as readings_repo
from aquameter.schemas.field import ConsumptionPoint, ReadingBatchIn, VendorRead
from aquameter.security.guards import GuardViolation, is_trusted_gis_server
from aquameter.security.jwt_tokens import CrewIdentity
from aquameter.services.vendor_import import AmiBatch, load_manifest, manifest_readings
from aquameter.utils.storage import read_meter_photo

log = logging.getLogger(__name__)

CURRENT_MANIFEST = Path("ami") / "current-manifest.xml"


class ReadingService:
    def __init__(self, session: Session, settings: Settings) -> None:
        self.session = session
        self.settings = settings

    def record(self, batch: ReadingBatchIn, crew: CrewIdentity) -> int:
        ids = readings_repo.meter_ids_by_serial(self.session, {r.meter_serial for r in batch.readings})
        rows = [
            {
                "meter_id": ids[r.meter_serial],
                "read_at": r.read_at,
                "register_m3": r.register_m3,
                "source": f"crew:{crew.crew_code}",
                "photo_name": r.photo_name,
            }
            for r in batch.readings
            if r.meter_serial in ids
        ]
        return readings_repo.insert_readings(self.session, rows)

    def ingest_csv(self, path: Path) -> set[str]:
        """Handheld route files: serial,timestamp,register."""
        rows: list[dict[str, Any]] = []
        serials: set[str] = set()
        with path.open(newline="", encoding="utf-8") as fh:
            parsed = [(r[0].strip(), r[1].strip(), r[2].strip()) for r in csv.reader(fh) if len(r) >= 3]
        ids = readings_repo.meter_ids_by_serial(self.session, {p[0] for p in parsed})
        for serial, stamp, register in parsed:
            if serial not in ids:
                continue
            try:
                rows.append({"meter_id": ids[serial], "read_at": datetime.fromisoformat(stamp), "register_m3": Decimal(register), "source": "handheld"})
            except (ValueError, InvalidOperation):
                log.warning("skipping malformed row for %s in %s", serial, path.name)
                continue
            serials.add(serial)
        readings_repo.insert_readings(self.session, rows)
        return serials

    def store_vendor_batch(self, batch: AmiBatch) -> int:
        ids = readings_repo.meter_ids_by_serial(self.session, {r.serial for r in batch.reads})
        rows = [
            {"meter_id": ids[r.serial], "read_at": r.read_at, "register_m3": r.register_m3, "source": f"ami:{batch.vendor}"}
            for r in batch.reads
            if r.serial in ids
        ]
        return readings_repo.insert_readings(self.session, rows)

    def consumption(self, meter_id: int, start: datetime, end: datetime) -> list[ConsumptionPoint]:
        conn = self.session.connection()
        rows = readings_repo.consumption_between(conn, meter_id, start, end)
        return [ConsumptionPoint(day=r["day"], used_m3=r["used_m3"] or Decimal(0)) for r in rows]

    def photo(self, serial: str, file_name: str) -> bytes:
        return read_meter_photo(self.settings.photo_dir, serial, file_name)

    def vendor_reads(self, serial: str) -> list[VendorRead]:
        tree = load_manifest(self.settings.import_dir / CURRENT_MANIFEST)
        return [
            VendorRead(meter_serial=node.getparent().get("serial", ""), read_at=node.get("at", ""), register_m3=node.get("m3", ""))
            for node in manifest_readings(tree, serial)
        ]

    def parcel_lookup(self, address: str, gis_server: str | None = None) -> dict[str, Any] | None:
        base_url = self.settings.gis_base_url
        if gis_server:
            if not is_trusted_gis_server(gis_server, base_url):
                raise GuardViolation("unknown GIS server")
            base_url = gis_server
        with GisClient(base_url, self.settings.gis_ca_bundle, self.settings.cache_dir) as gis:
            return gis.parcel_for_address(address)
