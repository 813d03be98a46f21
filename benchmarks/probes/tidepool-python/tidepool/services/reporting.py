"""PDF generation for management reports and invoices (wkhtmltopdf)."""
from __future__ import annotations

import logging
import subprocess
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from tidepool.config import get_settings
from tidepool.domain.dto import Booking, SavedReport
from tidepool.domain.pricing import Quote
from tidepool.services.rendering import render_document, render_page

log = logging.getLogger(__name__)

WKHTMLTOPDF = "/usr/local/bin/wkhtmltopdf"
PDF_OPTIONS = ["--quiet", "--page-size", "A4", "--margin-top", "12mm", "--margin-bottom", "12mm"]


def _write_html(html: str) -> Path:
    handle = tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8")
    with handle:
        handle.write(html)
    return Path(handle.name)


def render_report_pdf(report: SavedReport, rows: list[dict[str, Any]]) -> Path:
    settings = get_settings()
    settings.report_dir.mkdir(parents=True, exist_ok=True)
    html = render_page("report.mako", report=report, rows=rows, generated=date.today())
    source = _write_html(html)
    target = settings.report_dir / f"report-{report.id}.pdf"
    command = f"{WKHTMLTOPDF} {' '.join(PDF_OPTIONS)} --title '{report.title}' {source} {target}"
    completed = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=120)  # VULN cmdi
    if completed.returncode != 0:
        log.error("wkhtmltopdf failed for report %s: %s", report.id, completed.stderr)
        raise RuntimeError("report rendering failed")
    source.unlink(missing_ok=True)
    return target


def render_invoice_pdf(booking: Booking, quote: Quote, customer_name: str) -> Path:
    settings = get_settings()
    settings.report_dir.mkdir(parents=True, exist_ok=True)
    html = render_document("invoice", booking=booking, lines=quote.as_lines(), customer=customer_name)
    source = _write_html(html)
    target = settings.report_dir / f"invoice-{booking.reference}.pdf"
    title = f"Invoice {booking.reference} - {customer_name}"
    subprocess.run([WKHTMLTOPDF, *PDF_OPTIONS, "--title", title, str(source), str(target)], check=True, timeout=120)  # SAFE cmdi
    source.unlink(missing_ok=True)
    return target
