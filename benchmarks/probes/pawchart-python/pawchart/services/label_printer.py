"""Pharmacy label printing through CUPS on the clinic print server."""
from __future__ import annotations

import shlex
import subprocess
import textwrap
import uuid
from dataclasses import dataclass
from pathlib import Path

from pawchart.config import Settings
from pawchart.util.paths import ensure_dir

LABEL_WIDTH = 38


@dataclass
class RxLabel:
    clinic_name: str
    pet_name: str
    owner_name: str
    drug_name: str
    strength: str | None
    directions: str
    quantity: int
    vet_name: str
    issued: str

    def lines(self) -> list[str]:
        drug = f"{self.drug_name} {self.strength}" if self.strength else self.drug_name
        body = [
            self.clinic_name.upper()[:LABEL_WIDTH],
            f"{self.pet_name} ({self.owner_name})"[:LABEL_WIDTH],
            drug[:LABEL_WIDTH],
            *textwrap.wrap(self.directions, LABEL_WIDTH)[:3],
            f"Qty {self.quantity}   {self.issued}",
            f"Vet: {self.vet_name}"[:LABEL_WIDTH],
            "FOR ANIMAL TREATMENT ONLY",
            "KEEP OUT OF REACH OF CHILDREN",
        ]
        return body


class LabelPrinter:
    def __init__(self, settings: Settings) -> None:
        self.spool = ensure_dir(settings.label_spool)

    def render(self, label: RxLabel) -> Path:
        path = self.spool / f"rx-{uuid.uuid4().hex}.txt"
        path.write_text("\n".join(label.lines()) + "\n", encoding="utf-8")
        return path

    def print_file(self, path: Path, printer: str, copies: int = 1) -> None:
        cmd = f"lp -d {printer} -n {int(copies)} -o media=Custom.62x29mm {shlex.quote(str(path))}"
        subprocess.run(cmd, shell=True, check=True, timeout=30)  # VULN cmdi

    def printer_status(self, printer: str) -> str:
        result = subprocess.run(["lpstat", "-p", printer], capture_output=True, text=True, timeout=10)  # SAFE cmdi
        return (result.stdout or result.stderr).strip()
