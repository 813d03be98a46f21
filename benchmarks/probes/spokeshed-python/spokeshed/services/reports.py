"""Monthly workshop reports and stock sheets rendered to PDF with wkhtmltopdf."""
from __future__ import annotations

import logging
import os
import re
import subprocess
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from spokeshed.config import get_settings
from spokeshed.db import Database
from spokeshed.domain.errors import InvalidInput
from spokeshed.services import rendering

log = logging.getLogger(__name__)

_PERIOD = re.compile(r"\d{4}-\d{2}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class ReportService:
    def __init__(self, db: Database | None = None) -> None:
        self.db = db or Database()
        self.out_dir = get_settings().report_dir

    def _monthly_figures(self, period: str) -> dict[str, Any]:
        rows = self.db.query(
            "SELECT repair_kind, count(*) AS jobs, coalesce(sum(quote), 0) AS takings "
            "FROM bookings WHERE to_char(slot_start, 'YYYY-MM') = :period AND status = 'collected' "
            "GROUP BY repair_kind ORDER BY repair_kind",
            period=period,
        )
        return {"period": period, "rows": list(rows)}

    def _write_html(self, template: str, **context: Any) -> str:
        html = rendering.render_page(template, **context)
        fd, path = tempfile.mkstemp(suffix=".html", prefix="spokeshed-report-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(html)
        return path

    def monthly(self, period: str) -> Path:
        if not _PERIOD.search(period):
            raise InvalidInput("period must look like YYYY-MM")
        html_path = self._write_html("monthly_report.mako", **self._monthly_figures(period))
        self.out_dir.mkdir(parents=True, exist_ok=True)
        out = f"{self.out_dir}/workshop-{period}.pdf"
        status = os.system(f"wkhtmltopdf --quiet --page-size A4 {html_path} {out}")  # VULN cmdi
        if status != 0:
            log.error("wkhtmltopdf exited with %s", status)
        return Path(out)

    def stock_sheet(self, day: str) -> Path:
        if not _DAY.fullmatch(day):
            raise InvalidInput("day must be YYYY-MM-DD")
        date.fromisoformat(day)
        rows = self.db.query("SELECT sku, name, bin_location, qty_on_hand FROM parts ORDER BY bin_location")
        html_path = self._write_html("stock_sheet.mako", day=day, rows=list(rows))
        out = self.out_dir / f"stock-{day}.pdf"
        subprocess.run(["wkhtmltopdf", "--quiet", "--page-size", "A4", html_path, str(out)], check=True)  # SAFE cmdi
        return out
