"""Pontoon access gates, driven through the vendor's ``gatectl`` command-line tool."""
from __future__ import annotations

import json
import logging
import subprocess
from dataclasses import dataclass

log = logging.getLogger(__name__)

GATECTL = "/opt/marinagate/bin/gatectl"
KNOWN_GATES = {"A-NORTH", "A-SOUTH", "B-MAIN", "C-MAIN", "FUEL", "VISITOR"}
MAX_OPEN_SECONDS = 300


class GateError(RuntimeError):
    pass


@dataclass
class GateStatus:
    gate: str
    locked: bool
    battery_pct: int
    last_event: str


def open_gate(zone: str, gate: str, seconds: int, operator: str) -> None:
    seconds = max(5, min(int(seconds), MAX_OPEN_SECONDS))
    log.info("operator %s opening gate %s in zone %s for %ss", operator, gate, zone, seconds)
    result = subprocess.run(f"{GATECTL} --zone {zone} open {gate} --hold {seconds}", shell=True, capture_output=True, text=True, timeout=15)  # VULN cmdi
    if result.returncode != 0:
        raise GateError(result.stderr.strip() or "gatectl failed")


def gate_status(gate: str) -> GateStatus:
    code = gate.strip().upper()
    if code not in KNOWN_GATES:
        raise GateError(f"unknown gate {gate!r}")
    result = subprocess.run([GATECTL, "status", code, "--json"], capture_output=True, text=True, timeout=10)  # SAFE cmdi
    if result.returncode != 0:
        raise GateError(result.stderr.strip() or "gatectl failed")
    data = json.loads(result.stdout)
    return GateStatus(
        gate=code,
        locked=bool(data.get("locked", True)),
        battery_pct=int(data.get("battery", 0)),
        last_event=str(data.get("last_event", "")),
    )


def program_pin(gate: str, pin: str, valid_hours: int) -> None:
    code = gate.strip().upper()
    if code not in KNOWN_GATES or not (pin.isdigit() and len(pin) == 6):
        raise GateError("invalid gate or PIN")
    subprocess.run([GATECTL, "pin", "add", code, pin, "--hours", str(int(valid_hours))], check=True, timeout=15)
