"""The stored-URL SSRF rules of every language take a URL a user registered (a webhook,
callback or feed URL read back from its record) as a source, by one list of field names
repeated in each pack (semgrep rules cannot import one another): a name added in one language
and forgotten in another is a miss there. Each yields to its language's request-data rule."""

from __future__ import annotations

from typing import Any

from tests.support.paths import REPO_ROOT
from tracesec.engines.sast.rule_yaml import load_rules_yaml

RULES = REPO_ROOT / "src" / "tracesec" / "engines" / "sast" / "rules"
SSRF_RULES = {
    "python/ssrf.yaml": "trace.python.ssrf.stored-url",
    "javascript/web.yaml": "trace.javascript.ssrf.stored-url",
    "java/injection.yaml": "trace.java.ssrf.stored-url",
    "csharp/injection.yaml": "trace.csharp.ssrf.stored-url",
    "go/injection.yaml": "trace.go.ssrf.stored-url",
    "php/injection.yaml": "trace.php.ssrf.stored-url",
}


def _field_names(source: Any) -> set[str] | None:
    """The names a source's `$F` regex allows, when it is a list of names."""
    for part in source.get("patterns", ()) if isinstance(source, dict) else ():
        spec = part.get("metavariable-regex") if isinstance(part, dict) else None
        regex = str(spec.get("regex", "")) if spec else ""
        if spec and spec.get("metavariable") == "$F" and regex.startswith("^("):
            return set(regex.removeprefix("^(").removesuffix(")$").split("|"))
    return None


def _stored_url_names(path: str, rule_id: str) -> set[str]:
    rules = load_rules_yaml((RULES / path).read_text(encoding="utf-8"))["rules"]
    (rule,) = [r for r in rules if r["id"] == rule_id]
    found = [
        names
        for s in rule["pattern-sources"]
        if (names := _field_names(s)) and "webhook_url" in names
    ]
    assert len(found) == 1, f"{rule_id}: one stored-URL source expected"
    return found[0]


def test_every_ssrf_rule_reads_the_same_stored_url_fields() -> None:
    names = {path: _stored_url_names(path, rule_id) for path, rule_id in SSRF_RULES.items()}
    first = names["python/ssrf.yaml"]
    assert {"webhook_url", "callbackUrl", "WebhookUrl", "TargetURL", "avatar_url"} <= first
    # a base or API address is configuration, never a registered URL
    assert not {"base_url", "baseUrl", "BaseURL", "api_url"} & first
    for path, found in names.items():
        assert found == first, f"{path} differs: {sorted(found ^ first)[:10]}"


def test_every_stored_url_rule_yields_to_the_request_rule_and_shares_its_sinks() -> None:
    for path, rule_id in SSRF_RULES.items():
        rules = {r["id"]: r for r in load_rules_yaml((RULES / path).read_text())["rules"]}
        stored, request = rules[rule_id], rules[rule_id.replace("stored-url", "tainted-url")]
        assert stored["metadata"]["trace-yields-to"] == [request["id"]]
        for key in ("pattern-sinks", "pattern-sanitizers"):
            assert stored[key] == request[key], (rule_id, key)
