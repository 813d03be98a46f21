"""Shelf labels and receipts on the counter printers (CUPS)."""
from __future__ import annotations

import logging
import subprocess
import tempfile
from pathlib import Path

from spokeshed.config import get_settings
from spokeshed.domain.dto import LabelJob

log = logging.getLogger(__name__)

KNOWN_PRINTERS = {"zebra-counter", "zebra-stores", "laser-office"}


def _label_zpl(job: LabelJob) -> str:
    return (
        "^XA^CF0,40"
        f"^FO30,30^FD{job.title[:32]}^FS"
        f"^FO30,90^BCN,80,Y,N,N^FD{job.sku}^FS"
        "^XZ"
    )


class LabelPrinter:
    def __init__(self) -> None:
        self.default_printer = get_settings().label_printer

    def _printer(self, requested: str | None) -> str:
        if requested and requested in KNOWN_PRINTERS:
            return requested
        return self.default_printer

    def print_shelf_label(self, job: LabelJob) -> None:
        printer = self._printer(job.printer)
        with tempfile.NamedTemporaryFile("w", suffix=".zpl", delete=False) as fh:
            fh.write(_label_zpl(job))
            label_path = fh.name
        copies = max(1, min(int(job.copies), 20))
        log.info("printing %d label(s) for %s on %s", copies, job.sku, printer)
        subprocess.run(f"lp -d {printer} -n {copies} -t '{job.title}' -o raw {label_path}", shell=True, check=True)  # VULN cmdi
        Path(label_path).unlink(missing_ok=True)

    def print_receipt(self, pdf_path: Path, title: str, printer: str | None = None) -> None:
        target = self._printer(printer)
        subprocess.run(["lp", "-d", target, "-t", title, "--", str(pdf_path)], check=True, timeout=60)  # SAFE cmdi
