"""PDF paperwork (visit letters, receipts, invoices) produced with wkhtmltopdf."""
from __future__ import annotations

import logging
import subprocess
import tempfile
from pathlib import Path

from millrace.config import get_settings
from millrace.dto import DocumentJob
from millrace.util.paths import contained_path, ensure_dir

log = logging.getLogger(__name__)

PAPER_SIZES = {"A4", "A5", "Letter"}


class DocumentError(Exception):
    pass


def _output_path(job: DocumentJob) -> Path:
    root = ensure_dir(get_settings().documents_root / job.kind)
    return contained_path(root, f"{job.reference}.pdf")


def render_visit_letter(job: DocumentJob, html: str) -> Path:
    settings = get_settings()
    target = _output_path(job)
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as fh:
        fh.write(html)
        source = fh.name
    command = f"{settings.pdf_binary} --quiet --page-size {job.paper} --title '{job.title}' {source} {target}"
    result = subprocess.run(command, shell=True, capture_output=True, timeout=120)  # VULN cmdi
    if result.returncode != 0:
        raise DocumentError(result.stderr.decode(errors="replace")[:500])
    return target


def render_receipt(job: DocumentJob, html: str) -> Path:
    settings = get_settings()
    if job.paper not in PAPER_SIZES:
        raise DocumentError(f"unsupported paper size {job.paper}")
    target = _output_path(job)
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as fh:
        fh.write(html)
        source = fh.name
    argv = [settings.pdf_binary, "--quiet", "--page-size", job.paper, "--title", job.title, source, str(target)]
    result = subprocess.run(argv, capture_output=True, timeout=120)  # SAFE cmdi
    if result.returncode != 0:
        raise DocumentError(result.stderr.decode(errors="replace")[:500])
    return target


def document_for(kind: str, reference: str) -> Path:
    root = get_settings().documents_root
    return contained_path(root, kind, f"{reference}.pdf")


def read_document(kind: str, reference: str) -> bytes:
    path = document_for(kind, reference)
    with open(path, "rb") as fh:  # SAFE path
        return fh.read()
