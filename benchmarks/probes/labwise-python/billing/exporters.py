"""Claim export files: CSV generation, PGP encryption and invoice PDFs."""
import csv
import logging
import os
import subprocess
import tempfile
import uuid

from django.conf import settings
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

DEFAULT_EXPORT_COLUMNS = ["claim_id", "accession", "cpt_code", "icd10_codes", "service_date", "billed_amount"]


class ExportError(Exception):
    pass


def export_path(export_id: uuid.UUID, suffix: str = ".csv") -> str:
    return os.path.join(settings.EXPORT_ROOT, f"{export_id}{suffix}")


def write_claims_csv(export_id: uuid.UUID, rows: list[dict], columns: list[str] | None = None) -> str:
    columns = columns or DEFAULT_EXPORT_COLUMNS
    path = export_path(export_id)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:  # SAFE path
        writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def encrypt_export(path: str, recipient: str) -> str:
    """Encrypt the export for the payer's public key (imported into the service keyring)."""
    encrypted = f"{path}.gpg"
    cmd = f"gpg --batch --yes --trust-model always --recipient {recipient} --output {encrypted} --encrypt {path}"
    try:
        subprocess.check_output(cmd, shell=True, stderr=subprocess.STDOUT, timeout=120)  # VULN cmdi
    except subprocess.CalledProcessError as exc:
        raise ExportError(f"gpg failed: {exc.output.decode(errors='replace')[:500]}") from exc
    os.remove(path)
    return encrypted


def render_invoice_pdf(export, rows: list[dict]) -> str:
    html = render_to_string("billing/invoice.html", {"export": export, "rows": rows})
    pdf_path = export_path(export.id, ".pdf")
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as tmp:
        tmp.write(html)
        html_path = tmp.name
    try:
        subprocess.run(["wkhtmltopdf", "--quiet", "--page-size", "Letter", html_path, pdf_path], check=True, timeout=120)  # SAFE cmdi
    finally:
        os.unlink(html_path)
    return pdf_path


def open_export(export_id: uuid.UUID, encrypted: bool = False):
    path = export_path(export_id, ".csv.gpg" if encrypted else ".csv")
    return open(path, "rb")  # SAFE path
