"""Harbour office operations: pricing rules, tide feeds, attachments, reports, exports."""
from __future__ import annotations

import logging
import os
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from tidepool.config import get_settings
from tidepool.domain.dto import ValidationError
from tidepool.repositories import berths as berth_repo
from tidepool.repositories import partners as partner_repo
from tidepool.repositories import reports as report_repo
from tidepool.security.filenames import safe_join, slugify_filename

log = logging.getLogger(__name__)

ATTACHMENT_TYPES = {".pdf", ".jpg", ".jpeg", ".png", ".txt"}


def add_surcharge_rule(marina_id: int, label: str, expression: str, amount: str, per_night: bool) -> int:
    try:
        value = Decimal(amount)
    except Exception as exc:
        raise ValidationError("amount", "not a number") from exc
    if not expression.strip():
        raise ValidationError("expression", "required")
    rule_id = berth_repo.save_surcharge_rule(marina_id, label.strip()[:80], expression.strip(), value, per_night)
    log.info("surcharge rule %s added to marina %s", rule_id, marina_id)
    return rule_id


def configure_tides(marina_id: int, feed_url: str | None, station_id: str | None) -> None:
    station = int(station_id) if station_id else None
    berth_repo.update_tide_feed(marina_id, (feed_url or "").strip() or None, station)
    from tidepool.jobs import actors

    actors.refresh_tides.send(marina_id)


def attachment_path(booking_id: int, name: str) -> str:
    settings = get_settings()
    return os.path.join(settings.attachment_dir, str(booking_id), unquote(name))


def read_attachment(booking_id: int, name: str) -> bytes:
    with open(attachment_path(booking_id, name), "rb") as fh:  # VULN path
        return fh.read()


def save_attachment(booking_id: int, original_name: str, body: bytes) -> str:
    settings = get_settings()
    name = slugify_filename(original_name)
    if Path(name).suffix.lower() not in ATTACHMENT_TYPES:
        raise ValidationError("file", "unsupported attachment type")
    target = safe_join(settings.attachment_dir, str(booking_id), name)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(body)
    return name


def read_plan(marina_id: int, name: str) -> bytes:
    settings = get_settings()
    path = safe_join(settings.upload_dir / "plans" / str(marina_id), name)
    return path.read_bytes()  # SAFE path


def queue_report(title: str, group_by: str, start: date, end: date, owner: str, filters: dict[str, Any]) -> int:
    if end < start:
        raise ValidationError("period", "end before start")
    report_id = report_repo.save(title.strip()[:140], group_by.strip(), start, end, owner, filters)
    from tidepool.jobs import actors

    actors.render_report.send(report_id)
    return report_id


def queue_export(partner_id: int | None, filename: str, start: date, end: date) -> int:
    if not filename.lower().endswith(".csv"):
        filename = f"{filename}.csv"
    export_id = partner_repo.create_export(partner_id, filename, start, end)
    from tidepool.jobs import actors

    actors.export_bookings.send(export_id)
    return export_id
