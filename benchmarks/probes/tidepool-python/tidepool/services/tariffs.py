"""Partner tariff sheets and marina pricing defaults, both kept as YAML."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

log = logging.getLogger(__name__)


class TariffError(ValueError):
    pass


@dataclass
class TariffLine:
    pontoon: str
    min_length_m: Decimal
    max_length_m: Decimal
    nightly_rate: Decimal
    valid_from: date
    valid_to: date


def _lines(document: dict[str, Any]) -> list[TariffLine]:
    lines = []
    for raw in document.get("rates", []):
        try:
            lines.append(
                TariffLine(
                    pontoon=str(raw["pontoon"]).upper(),
                    min_length_m=Decimal(str(raw.get("min_length", 0))),
                    max_length_m=Decimal(str(raw["max_length"])),
                    nightly_rate=Decimal(str(raw["rate"])),
                    valid_from=date.fromisoformat(str(raw["from"])),
                    valid_to=date.fromisoformat(str(raw["to"])),
                )
            )
        except (KeyError, ValueError) as exc:
            raise TariffError(f"bad tariff line {raw!r}: {exc}") from exc
    return lines


def parse_partner_sheet(text: str) -> list[TariffLine]:
    """Charter partners upload the negotiated rate sheet exported from their ERP."""
    document = yaml.load(text, Loader=yaml.Loader)  # VULN deser
    if not isinstance(document, dict):
        raise TariffError("tariff sheet must be a mapping")
    return _lines(document)


def load_marina_defaults(path: Path) -> dict[str, Any]:
    with path.open("r", encoding="utf-8") as fh:
        document = yaml.safe_load(fh)  # SAFE deser
    if not isinstance(document, dict):
        raise TariffError(f"{path} is not a mapping")
    document.setdefault("season_multipliers", "{}")
    return document
