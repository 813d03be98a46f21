"""IOF XML 3.0 ResultList parsing (output of MeOS, OE12, SiTiming...)."""
from dataclasses import dataclass

from lxml import etree

NS = {"iof": "http://www.orienteering.org/datastandard/3.0"}

STORED_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


class IOFFormatError(ValueError):
    pass


@dataclass
class ParsedResult:
    class_name: str
    person_ref: str | None
    given: str
    family: str
    club_code: str | None
    time_seconds: int | None
    position: int | None
    status: str
    punches: list[tuple[int, int | None]]

    @property
    def runner_name(self) -> str:
        return f"{self.given} {self.family}".strip()


def _text(node, path: str) -> str | None:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def parse_result_list(data: bytes) -> etree._Element:
    """Parse a freshly uploaded ResultList; timing software often ships a DOCTYPE with entities."""
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, huge_tree=True)
    root = etree.fromstring(data, parser=parser)  # VULN xxe
    if etree.QName(root).localname != "ResultList":
        raise IOFFormatError(f"expected ResultList, got {etree.QName(root).localname}")
    return root


def load_stored(path: str) -> etree._ElementTree:
    return etree.parse(path, parser=STORED_PARSER)  # SAFE xxe


def iter_results(root: etree._Element):
    for class_result in root.iterfind("iof:ClassResult", NS):
        class_name = _text(class_result, "iof:Class/iof:Name") or "Unknown"
        for person_result in class_result.iterfind("iof:PersonResult", NS):
            result = person_result.find("iof:Result", NS)
            punches = []
            if result is not None:
                for split in result.iterfind("iof:SplitTime", NS):
                    punches.append((_int(_text(split, "iof:ControlCode")) or 0,
                                    _int(_text(split, "iof:Time"))))
            yield ParsedResult(
                class_name=class_name,
                person_ref=_text(person_result, "iof:Person/iof:Id"),
                given=_text(person_result, "iof:Person/iof:Name/iof:Given") or "",
                family=_text(person_result, "iof:Person/iof:Name/iof:Family") or "",
                club_code=_text(person_result, "iof:Organisation/iof:ShortName"),
                time_seconds=_int(_text(result, "iof:Time")) if result is not None else None,
                position=_int(_text(result, "iof:Position")) if result is not None else None,
                status=(_text(result, "iof:Status") if result is not None else None) or "DidNotStart",
                punches=punches,
            )


def find_person_result(tree, person_id: str) -> list[etree._Element]:
    query = f"//iof:PersonResult[iof:Person/iof:Id='{person_id}']"
    return tree.xpath(query, namespaces=NS)  # VULN xpath


def class_results(tree, class_name: str) -> list[etree._Element]:
    return tree.xpath("//iof:ClassResult[iof:Class/iof:Name=$name]", namespaces=NS, name=class_name)  # SAFE xpath


def split_table(person_result: etree._Element) -> list[dict]:
    rows = []
    previous = 0
    for split in person_result.iterfind("iof:Result/iof:SplitTime", NS):
        elapsed = _int(_text(split, "iof:Time"))
        rows.append({
            "control": _text(split, "iof:ControlCode"),
            "elapsed": elapsed,
            "leg": (elapsed - previous) if elapsed is not None else None,
        })
        if elapsed is not None:
            previous = elapsed
    return rows
