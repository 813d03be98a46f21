"""The Python rules' request sources are one list, repeated in each rule file (semgrep rules
cannot import one another): a source added to one rule and forgotten in another is a miss."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.support.paths import REPO_ROOT
from tracesec.engines.sast.rule_yaml import load_rules_yaml

PYTHON_RULES = REPO_ROOT / "src" / "tracesec" / "engines" / "sast" / "rules" / "python"
# the request's own URL; open-redirect leaves it out (redirecting back is post/redirect/get)
OWN_URL = {"url", "base_url", "full_path", "get_full_path", "build_absolute_uri"}


# `request.$ATTR`, alone or beside a class-based view's `self.request.$ATTR`
_REQUEST_READS = (
    {"pattern": "request.$ATTR"},
    {"pattern-either": [{"pattern": "request.$ATTR"}, {"pattern": "self.request.$ATTR"}]},
)


# a call of the file's own helper that returns what it read of the request (`_bearer()`)
_READER_CALL = {"pattern": "$READER(...)"}


def _request_attribute_regexes(node: Any) -> Iterator[str]:
    """The regex on $ATTR beside each `pattern: request.$ATTR` (or a reader's call)."""
    if isinstance(node, list):
        if any(read in node for read in (*_REQUEST_READS, _READER_CALL)):
            for item in node:
                spec = item.get("metavariable-regex") if isinstance(item, dict) else None
                if spec and spec.get("metavariable") == "$ATTR":
                    yield str(spec["regex"])
        for item in node:
            yield from _request_attribute_regexes(item)
    elif isinstance(node, dict):
        for value in node.values():
            yield from _request_attribute_regexes(value)


def _attributes(regex: str) -> set[str]:
    assert regex.startswith("^("), regex
    assert regex.endswith(")$"), regex
    return set(regex[2:-2].split("|"))


def test_every_python_rule_reads_the_same_request_attributes() -> None:
    found: dict[Path, list[set[str]]] = {}
    for path in sorted(PYTHON_RULES.glob("*.yaml")):
        regexes = list(_request_attribute_regexes(load_rules_yaml(path.read_text())))
        if regexes:
            found[path] = [_attributes(r) for r in regexes]
    assert len(found) >= 12
    full = max((a for lists in found.values() for a in lists), key=len)
    assert full >= OWN_URL
    assert full >= {"args", "form", "json", "cookies", "headers"}
    for path, lists in found.items():
        expected = full - OWN_URL if path.name == "open-redirect.yaml" else full
        for attributes in lists:
            assert attributes == expected, (path.name, sorted(attributes ^ expected))


def _sources(path: Path) -> list[list[Any]]:
    """The pattern-sources of each rule of the file that reads the request."""
    rules = load_rules_yaml(path.read_text())["rules"]
    return [
        list(rule["pattern-sources"])
        for rule in rules
        if list(_request_attribute_regexes(rule.get("pattern-sources") or []))
    ]


def test_every_python_rule_reads_the_same_framework_sources() -> None:
    """Route parameters (FastAPI, Flask, Django), Tornado's reads, a class-based view's
    self.request and a helper of the file that returns what it read of the request: every
    rule that reads the request reads them too."""
    [reference] = _sources(PYTHON_RULES / "sql-injection.yaml")
    shared = [item for item in reference if not list(_request_attribute_regexes([item]))]
    assert len(shared) >= 4  # Tornado, FastAPI, Flask, Django
    assert any(read == _REQUEST_READS[1] for item in reference for read in item.get("patterns", []))
    checked = 0
    for path in sorted(PYTHON_RULES.glob("*.yaml")):
        for sources in _sources(path):
            checked += 1
            missing = [item for item in shared if item not in sources]
            assert not missing, (path.name, missing)
            reads = [read for item in sources for read in item.get("patterns", [])]
            assert _REQUEST_READS[1] in reads, path.name
            assert _READER_CALL in reads, path.name
    assert checked >= 13
