"""The JavaScript rules' request sources are one list, repeated in each rule file (semgrep rules
cannot import one another): a framework's source added to one rule and forgotten in another is
a miss there (a NestJS handler's LDAP filter, a Next.js route's template)."""

from __future__ import annotations

from typing import Any

import yaml

from tests.support.paths import REPO_ROOT

JAVASCRIPT_RULES = REPO_ROOT / "src" / "tracesec" / "engines" / "sast" / "rules" / "javascript"
_EXPRESS_READ = {"pattern": "$REQ.$ATTR"}


def _reads_the_request(sources: list[Any]) -> bool:
    return any(_EXPRESS_READ in item.get("patterns", []) for item in sources)


def _rules_reading_the_request() -> list[tuple[str, list[Any]]]:
    found = []
    for path in sorted(JAVASCRIPT_RULES.glob("*.yaml")):
        for rule in yaml.safe_load(path.read_text())["rules"]:
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
