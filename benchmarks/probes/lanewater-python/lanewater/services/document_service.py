"""PDF production (wkhtmltopdf) and printing (CUPS lp) for receipts, badges and rosters."""
import logging
import shlex
import subprocess
import uuid
from pathlib import Path

from lanewater import conf, rendering
from lanewater.util.paths import ensure_dir, slugify

log = logging.getLogger(__name__)


def _write_source(html: str) -> Path:
    source = ensure_dir(conf.WORK_DIR) / f"{uuid.uuid4().hex}.html"
    source.write_text(html, encoding="utf-8")
    return source


def receipt_pdf(booking, member_name: str) -> Path:
    html = rendering.render_page("booking_receipt", booking=booking, member_name=member_name)
    source = _write_source(html)
    target = ensure_dir(conf.DOCUMENTS_DIR / "receipts") / f"{booking.reference}.pdf"
    try:
        subprocess.run([conf.WKHTMLTOPDF, "--quiet", "--title", f"Receipt {booking.reference}", str(source), str(target)], check=True, timeout=60)  # SAFE cmdi
    finally:
        source.unlink(missing_ok=True)
    return target


def certificate_pdf(enrollment, label: str | None) -> Path:
    swimmer = enrollment.swimmer
    swim_class = enrollment.swim_class
    html = rendering.render_page(
        "certificate",
        swimmer_name=swimmer.full_name,
        badge_level=enrollment.badge_level,
        class_title=swim_class.title,
        pool_name=swim_class.pool.name,
        instructor=swim_class.instructor,
        awarded_on=enrollment.badge_awarded_at.strftime("%d %B %Y") if enrollment.badge_awarded_at else "",
    )
    source = _write_source(html)
    out_dir = ensure_dir(conf.DOCUMENTS_DIR / "certificates" / str(swimmer.member_id))
    output_name = label or slugify(f"{swimmer.full_name}-{enrollment.badge_level}")
    title = f"{swimmer.full_name} - {enrollment.badge_level}"
    command = f"{conf.WKHTMLTOPDF} --quiet --title {shlex.quote(title)} {source} {out_dir}/{output_name}.pdf"
    try:
        subprocess.run(command, shell=True, check=True, timeout=60)  # VULN cmdi
    finally:
        source.unlink(missing_ok=True)
    return out_dir / f"{output_name}.pdf"


def roster_pdf(html: str, pool_code: str, week_label: str) -> Path:
    source = _write_source(html)
    target = ensure_dir(conf.WORK_DIR / "rosters") / f"roster-{slugify(pool_code)}-{slugify(week_label)}.pdf"
    try:
        subprocess.run([conf.WKHTMLTOPDF, "--quiet", "--orientation", "Landscape", str(source), str(target)], check=True, timeout=60)
    finally:
        source.unlink(missing_ok=True)
    return target


def print_roster(pdf: Path, printer: str, copies: int = 1) -> None:
    subprocess.run(f"{conf.LP_BINARY} -d {printer} -n {int(copies)} {pdf}", shell=True, check=True, timeout=30)  # VULN cmdi
    log.info("roster %s sent to %s", pdf.name, printer)


def print_receipt(pdf: Path, desk: str) -> None:
    queue_name = conf.ROSTER_PRINTERS.get(desk, conf.ROSTER_PRINTERS["reception"])
    subprocess.run([conf.LP_BINARY, "-d", queue_name, "-n", "1", str(pdf)], check=True, timeout=30)  # SAFE cmdi
