"""The URL-attribute XSS rules (a printed value at the start of href/action/formaction) of
the templates, Blade, Twig, Razor and plain-PHP views leave out the same configured
addresses (`base_url`, `site_url`, `cdn_path`, ...), one list repeated in every regex
(semgrep's regexes cannot share a part): a name added to one and forgotten in another is a
false alarm there."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from tracesec.engines.sast.command import bundled_rules

# the list in its one written form: `(?:base|root|...)_?(?:url|uri|path)`
_CONFIGURED = re.compile(r"\(\?:((?:\w+\|)+\w+)\)_\?\(\?:url\|uri\|path\)")


def _regexes(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern-regex" and isinstance(value, str):
                yield value
            else:
                yield from _regexes(value)
    elif isinstance(node, list):
        for item in node:
            yield from _regexes(item)


def test_every_url_attribute_regex_leaves_out_the_same_configured_addresses() -> None:
    packs = ["templates", "php", "csharp"]
    rules = [r for r in bundled_rules(packs) if str(r["id"]).endswith("url-attribute")]
    assert {str(r["id"]) for r in rules} >= {
        "trace.templates.xss.url-attribute",
        "trace.php.xss.blade-url-attribute",
        "trace.php.xss.twig-url-attribute",
        "trace.csharp.xss.razor-url-attribute",
        "trace.php.xss.view-url-attribute",
    }
    lists = {}
    for rule in rules:
        for regex in _regexes(rule):
            found = _CONFIGURED.findall(regex)
            assert found, f"{rule['id']}: a regex without the configured addresses: {regex[:80]}"
            lists.update({(str(rule["id"]), i): names for i, names in enumerate(found)})
    assert len(set(lists.values())) == 1, lists
