"""Parsing of order bundles pushed by partner EHRs (JSON or YAML)."""
import json
from dataclasses import dataclass

import yaml


class BundleError(ValueError):
    pass


@dataclass
class BundleEntry:
    external_id: str
    patient_mrn: str
    panel_codes: list[str]
    priority: str = "routine"
    notes: str = ""


def _load(payload: str, fmt: str):
    if fmt == "json":
        return json.loads(payload)
    if fmt == "yaml":
        return yaml.load(payload, Loader=yaml.Loader)  # VULN deser
    raise BundleError(f"unsupported bundle format {fmt!r}")


def parse_order_bundle(payload: str, fmt: str) -> list[BundleEntry]:
    try:
        document = _load(payload, fmt)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise BundleError(f"unreadable bundle: {exc}") from exc

    if not isinstance(document, dict) or "orders" not in document:
        raise BundleError("bundle must contain an 'orders' list")

    entries = []
    for raw in document["orders"]:
        try:
            entries.append(
                BundleEntry(
                    external_id=str(raw["id"]),
                    patient_mrn=str(raw["patient"]["mrn"]),
                    panel_codes=[str(c).upper() for c in raw.get("tests", [])],
                    priority=str(raw.get("priority", "routine")).lower(),
                    notes=str(raw.get("notes", ""))[:2000],
                )
            )
        except (KeyError, TypeError) as exc:
            raise BundleError(f"malformed order entry: {exc}") from exc
    return entries
