"""Nightly / on-demand CSV exports of berth occupancy to the port authority SFTP drop."""
from __future__ import annotations

import csv
import io
import logging
import os
import posixpath
from pathlib import Path

import paramiko

from tidepool.config import get_settings
from tidepool.domain.dto import Booking, ExportRequest

log = logging.getLogger(__name__)

EXPORT_USER = "tidepool-export"
CSV_HEADER = ["reference", "berth", "vessel", "arrival", "departure", "status"]


def render_csv(rows: list[Booking]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for b in rows:
        writer.writerow([b.reference, b.berth_code, b.vessel_name, b.arrival.isoformat(), b.departure.isoformat(), b.status])
    return buffer.getvalue().encode("utf-8")


def write_local(export: ExportRequest, content: bytes) -> Path:
    settings = get_settings()
    settings.export_dir.mkdir(parents=True, exist_ok=True)
    local_path = os.path.join(settings.export_dir, export.filename)
    with open(local_path, "wb") as fh:  # VULN path
        fh.write(content)
    return Path(local_path)


def _connect() -> paramiko.SFTPClient:
    settings = get_settings()
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(settings.sftp_host, port=settings.sftp_port, username=EXPORT_USER, password="Qu4ysid3-Exp0rt!", look_for_keys=False, allow_agent=False, timeout=20)  # VULN secret
    return client.open_sftp()


def upload(local_path: Path) -> str:
    settings = get_settings()
    remote_path = posixpath.join(settings.sftp_remote_root, local_path.name)
    sftp = _connect()
    try:
        sftp.put(str(local_path), remote_path + ".part")
        sftp.posix_rename(remote_path + ".part", remote_path)
    finally:
        sftp.close()
    log.info("uploaded %s to %s", local_path, remote_path)
    return remote_path
