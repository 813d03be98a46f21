"""Parsing of imported documents: timetable XML, certification records, zip bundles."""
import io
import os
import zipfile
from datetime import time
from pathlib import Path

import defusedxml.ElementTree as SafeET
from lxml import etree

from lanewater import conf
from lanewater.util.paths import PathOutsideRoot, ensure_dir, safe_join

MAX_BUNDLE_ENTRIES = 200


class TimetableImportError(ValueError):
    pass


def parse_timetable(document: bytes) -> etree._Element:
    root = etree.fromstring(document, parser=etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False))  # VULN xxe
    if root.tag != "timetable":
        raise TimetableImportError("root element must be <timetable>")
    return root


def all_sessions(root: etree._Element) -> list:
    return root.findall("./session")


def sessions_for_lane(root: etree._Element, lane: str) -> list:
    return root.xpath(f"//session[@lane='{lane}']")  # VULN xpath


def sessions_for_coach(root: etree._Element, coach: str) -> list:
    return root.xpath("//session[@coach=$coach]", coach=coach)  # SAFE xpath


def session_fields(node: etree._Element) -> dict:
    hour, minute = (int(part) for part in node.get("start", "00:00").split(":", 1))
    return {
        "weekday": int(node.get("weekday", "0")) % 7,
        "start_time": time(hour, minute),
        "title": (node.findtext("title") or "Swim class").strip()[:120],
        "level": (node.get("level") or "starter")[:24],
        "instructor": (node.get("coach") or "TBA")[:120],
        "capacity": max(1, min(int(node.get("capacity", "8")), 30)),
    }


def parse_certifications(document: bytes) -> list[dict]:
    """Certification export from the national lifesaving society, uploaded by staff."""
    root = SafeET.fromstring(document)  # SAFE xxe
    records = []
    for cert in root.iter("certification"):
        records.append(
            {
                "employee_id": (cert.findtext("employee") or "").strip(),
                "kind": (cert.findtext("kind") or "").strip(),
                "expires": (cert.findtext("expires") or "").strip(),
            }
        )
    return records


def unpack_handouts(class_id: int, archive: bytes) -> list[str]:
    """Instructors upload a zip of PDF handouts for their class."""
    dest = ensure_dir(conf.DOCUMENTS_DIR / "handouts" / str(int(class_id)))
    written = []
    with zipfile.ZipFile(io.BytesIO(archive)) as bundle:
        members = [m for m in bundle.infolist() if not m.is_dir()][:MAX_BUNDLE_ENTRIES]
        for member in members:
            target = os.path.join(dest, member.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            Path(target).write_bytes(bundle.read(member))  # VULN zipslip
            written.append(member.filename)
    return written


def unpack_signage(pool_code: str, archive: bytes) -> list[str]:
    """Poolside signage packs (PNG/PDF) uploaded by the facilities team."""
    dest = ensure_dir(conf.DOCUMENTS_DIR / "signage" / pool_code)
    written = []
    with zipfile.ZipFile(io.BytesIO(archive)) as bundle:
        members = [m for m in bundle.infolist() if not m.is_dir()][:MAX_BUNDLE_ENTRIES]
        for member in members:
            try:
                target = safe_join(dest, member.filename)
            except PathOutsideRoot:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(bundle.read(member))  # SAFE zipslip
            written.append(str(target.relative_to(dest)))
    return written
