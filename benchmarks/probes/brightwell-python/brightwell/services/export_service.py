"""Printable exports: plot allocation sheets and season archives."""
import datetime as dt
import os
import re
import shlex
import subprocess
import tempfile

from brightwell.config import settings
from brightwell.rendering.templates import render_page

PAPER_SIZES = {"A4", "A3", "Letter"}
LABEL_RE = re.compile(r"^[A-Za-z0-9 _-]{1,60}$")


def _export_dir() -> str:
    path = str(settings.storage.export_dir)
    os.makedirs(path, exist_ok=True)
    return path


def render_allocation_sheet(site, plots, label: str, paper: str) -> str:
    html = render_page("site/allocation_sheet", site=site, plots=plots, label=label,
                       generated=dt.datetime.utcnow())
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as fh:
        fh.write(html)
        source = fh.name
    out_name = f"{site.slug}-{label}.pdf"
    output = os.path.join(_export_dir(), out_name)
    size = paper if paper in PAPER_SIZES else "A4"
    cmd = f"wkhtmltopdf --quiet --page-size {size} {shlex.quote(source)} '{output}'"
    subprocess.run(cmd, shell=True, check=True, timeout=120)  # VULN cmdi
    return out_name


def archive_season(site_slug: str, season: int) -> str:
    season = int(season)
    src_dir = os.path.join(str(settings.storage.photo_dir))
    out_name = f"season-{season}.tar.gz"
    output = os.path.join(_export_dir(), out_name)
    subprocess.run(["tar", "-czf", output, "-C", src_dir, "--", "."], check=True, timeout=600)  # SAFE cmdi
    return out_name


def harvest_csv_to_xlsx(csv_name: str, sheet_title: str) -> str:
    """Convert a CSV export to a spreadsheet using LibreOffice in headless mode."""
    source = os.path.join(_export_dir(), csv_name)
    title = shlex.quote(sheet_title)
    cmd = "soffice --headless --convert-to xlsx --outdir %s %s && echo converted %s" % (_export_dir(), source, title)
    subprocess.run(cmd, shell=True, check=True, timeout=120)  # VULN cmdi
    return os.path.splitext(csv_name)[0] + ".xlsx"


def label_is_valid(label: str) -> bool:
    return bool(LABEL_RE.match(label))
