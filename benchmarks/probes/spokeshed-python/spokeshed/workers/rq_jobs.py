"""RQ housekeeping jobs: photo purges, stock exports and archive restores."""
from __future__ import annotations

import csv
import logging
import os
import subprocess
import tarfile
from datetime import date
from pathlib import Path

from spokeshed.config import get_settings
from spokeshed.db import Database
from spokeshed.repositories.settings import SettingsRepository

log = logging.getLogger(__name__)

PHOTO_RETENTION_DAYS = 90


def purge_collected_photos() -> int:
    """Remove photos of bikes collected more than PHOTO_RETENTION_DAYS ago."""
    repo = SettingsRepository()
    root = get_settings().photo_dir
    removed = 0
    rows = Database().query(
        "SELECT id, photo_filename FROM bookings WHERE status = 'collected' AND photo_filename IS NOT NULL "
        "AND updated_at < now() - make_interval(days => :days)",
        days=PHOTO_RETENTION_DAYS,
    )
    for row in rows:
        try:
            os.remove(os.path.join(root, row["photo_filename"]))  # VULN path
            removed += 1
        except FileNotFoundError:
            pass
    for photo in repo.stale_photos(PHOTO_RETENTION_DAYS):
        (root / Path(photo["stored_name"]).name).unlink(missing_ok=True)
        repo.forget_photo(photo["id"])
    log.info("purged %d photos", removed)
    return removed


def export_stock_csv(label: str) -> str:
    """Dump current stock to CSV and compress it into the exports folder."""
    settings = get_settings()
    export_dir = settings.data_dir / "exports"
    export_dir.mkdir(parents=True, exist_ok=True)
    csv_path = export_dir / f"stock-{date.today():%Y%m%d}.csv"
    rows = Database().query("SELECT sku, name, category, bin_location, qty_on_hand, sale_price FROM parts ORDER BY sku")
    with open(csv_path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["sku", "name", "category", "bin", "qty", "price"])
        for r in rows:
            writer.writerow([r["sku"], r["name"], r["category"], r["bin_location"], r["qty_on_hand"], r["sale_price"]])
    subprocess.run(f"gzip -c {csv_path} > {export_dir}/{label}.csv.gz", shell=True, check=True)  # VULN cmdi
    return f"{label}.csv.gz"


def restore_manuals(archive_path: str) -> list[str]:
    """Restore the bench manuals library from a .tar.gz another co-op shared."""
    dest = get_settings().data_dir / "manuals"
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, "r:*") as tar:
        names = tar.getnames()
        tar.extractall(dest)  # VULN zipslip
    os.unlink(archive_path)
    return names


def restore_photo_backup(archive_path: str) -> list[str]:
    dest = get_settings().photo_dir
    with tarfile.open(archive_path, "r:*") as tar:
        names = tar.getnames()
        tar.extractall(dest, filter="data")  # SAFE zipslip
    os.unlink(archive_path)
    return names
