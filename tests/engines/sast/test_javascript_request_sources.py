"""The JavaScript rules' request sources are one list, repeated in each rule file (semgrep rules
cannot import one another): a framework's source added to one rule and forgotten in another is
a miss there (a NestJS handler's LDAP filter, a Next.js route's template)."""

from __future__ import annotations

from typing import Any

from tests.support.paths import REPO_ROOT
from tracesec.engines.sast.rule_yaml import load_rules_yaml

JAVASCRIPT_RULES = REPO_ROOT / "src" / "tracesec" / "engines" / "sast" / "rules" / "javascript"
_EXPRESS_READ = {"pattern": "$REQ.$ATTR"}


def _reads_the_request(sources: list[Any]) -> bool:
    return any(_EXPRESS_READ in item.get("patterns", []) for item in sources)


def _rules_reading_the_request() -> list[tuple[str, list[Any]]]:
    found = []
    for path in sorted(JAVASCRIPT_RULES.glob("*.yaml")):
        for rule in load_rules_yaml(path.read_text())["rules"]:
            sources = rule.get("pattern-sources") or []
            if _reads_the_request(sources):
                found.append((rule["id"], list(sources)))
    return found


def test_every_javascript_rule_reads_the_same_request_sources() -> None:
    """Express/Koa, NestJS parameters, Next.js, the Fetch API Request, Hono and GraphQL
    resolvers' arguments: every rule that reads the request reads all of them, as the SQL
    injection rule does."""
    rules = dict(_rules_reading_the_request())
    reference = rules["trace.javascript.sql-injection.tainted-query"]
    assert len(reference) >= 6
    assert len(rules) >= 12
    for rule_id, sources in rules.items():
        missing = [item for item in reference if item not in sources]
        assert not missing, (rule_id, missing)


def test_every_javascript_rule_reading_the_request_reads_the_same_guards() -> None:
    """A failed check that exits (Express, Koa's ctx.throw), and a lookup in a constant table
    or an allow-list chosen in one expression: every rule that reads the request clears the
    value after them, as the SQL injection rule does (an LDAP filter or an XPath expression
    behind a strict pattern is no finding)."""
    rules = dict(_rules_reading_the_request())
    with_sanitizers = {
        rule["id"]: list(rule.get("pattern-sanitizers") or [])
        for path in sorted(JAVASCRIPT_RULES.glob("*.yaml"))
        for rule in load_rules_yaml(path.read_text())["rules"]
        if rule["id"] in rules
    }
    reference = with_sanitizers["trace.javascript.sql-injection.tainted-query"]
    exits = _exits(reference)
    assert any("$CTX.throw" in exit for exit in exits)
    values = [item for item in reference if "by-side-effect" not in item and _is_table(item)]
    assert len(values) == 1
    for rule_id, sanitizers in with_sanitizers.items():
        assert _exits(sanitizers) >= exits, rule_id
        assert values[0] in sanitizers, rule_id


def _exits(sanitizers: list[Any]) -> set[str]:
    """The exits of the by-side-effect guards: `if ($COND) { ... return; }` ..."""
    found: set[str] = set()
    for item in sanitizers:
        if item.get("by-side-effect"):
            for clause in item.get("patterns", []):
                for inside in clause.get("pattern-either", []):
                    found.add(str(inside.get("pattern-inside", "")))
    return found


def _is_table(item: Any) -> bool:
    return any(
        clause.get("metavariable-regex", {}).get("metavariable") == "$TABLE"
        for clause in item.get("patterns", [])
    )
