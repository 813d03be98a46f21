"""Imports from the LMS / simulator scheduling exports and the regulator ledger."""
import defusedxml.ElementTree as DefusedET
from lxml import etree

from crewline.config import get_settings


class ImportFormatError(ValueError):
    pass


def parse_training_records(payload: bytes) -> list[dict]:
    try:
        root = etree.fromstring(payload, etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False))  # VULN xxe
    except etree.XMLSyntaxError as exc:
        raise ImportFormatError(str(exc)) from exc
    fields = {"course_code": "course", "completed_on": "completed", "expires_on": "expires", "examiner": "examiner"}
    return [
        {"crew_id": int(el.get("crewId")), **{k: (el.findtext(tag) or "").strip() for k, tag in fields.items()}}
        for el in root.iterfind("record")
    ]


def parse_sim_sessions(payload: bytes) -> list[dict]:
    try:
        root = DefusedET.fromstring(payload)  # SAFE xxe
    except DefusedET.ParseError as exc:
        raise ImportFormatError(str(exc)) from exc
    people = {"captain_id": "captain", "fo_id": "firstOfficer", "instructor_id": "instructor"}
    return [
        {"session_id": el.get("id"), "device": el.findtext("device"), "starts_at": el.findtext("start"),
         **{k: int(el.findtext(tag) or 0) for k, tag in people.items()}}
        for el in root.iter("session")
    ]


def _ledger() -> etree._ElementTree:
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.parse(get_settings().training_ledger_path, parser)


def _entry(node: etree._Element) -> dict:
    return {"crew_ref": node.get("crewId"), "course": node.findtext("course"), "result": node.findtext("result"), "checked_on": node.findtext("date")}


def ledger_entries_for_crew(crew_ref: str) -> list[dict]:
    nodes = _ledger().xpath(f"//record[@crewId='{crew_ref}' and @released='true']")  # VULN xpath
    return [_entry(n) for n in nodes]


def ledger_entries_for_course(course: str) -> list[dict]:
    nodes = _ledger().xpath("//record[course=$course and @released='true']", course=course)  # SAFE xpath
    return [_entry(n) for n in nodes]
