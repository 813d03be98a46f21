"""Lookups against the nightly union-catalogue export (MARCXML converted to a flat XML)."""
from functools import lru_cache

from django.conf import settings
from lxml import etree

UNION_EXPORT = settings.MEDIA_ROOT / "union" / "holdings.xml"


@lru_cache(maxsize=1)
def _holdings_tree():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.parse(str(UNION_EXPORT), parser)


def holdings_by_isbn(isbn):
    tree = _holdings_tree()
    nodes = tree.xpath(f"//record[isbn='{isbn}']/holding")  # VULN xpath
    return [_holding_dict(n) for n in nodes]


def holdings_by_branch(branch_code):
    tree = _holdings_tree()
    nodes = tree.xpath("//record/holding[@branch=$code]", code=branch_code)  # SAFE xpath
    return [_holding_dict(n) for n in nodes]


def _holding_dict(node):
    return {
        "branch": node.get("branch"),
        "shelf": node.findtext("shelf", default=""),
        "copies": int(node.findtext("copies", default="0")),
    }
