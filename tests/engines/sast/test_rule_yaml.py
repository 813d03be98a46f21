"""The rule files' vocabulary: the names a guard may have live once (rule_yaml.GUARD_WORDS)
and every pack's guard regexes take them from there."""

from __future__ import annotations

import re

from tracesec.engines.sast.command import RULES_DIR
from tracesec.engines.sast.handler_inputs import INPUTS_DIR
from tracesec.engines.sast.rule_yaml import (
    CSHARP_NOT_REQUEST_TYPES,
    GUARD_WORDS,
    load_rules_yaml,
)


def test_a_rule_file_gets_the_guard_words_filled_in() -> None:
    document = load_rules_yaml(
        "rules:\n"
        "  - id: t\n"
        "    regex: ^(isValid\\w*|\\w*({guard-words})\\w*)$\n"
        "    snake: ^(is_?({guard-words-lower})\\w*)$\n"
    )
    [rule] = document["rules"]
    names = re.compile(rule["regex"])
    assert names.fullmatch("isWhitelistedHost")
    assert names.fullmatch("hostApproved")
    assert not names.fullmatch("lookupHost")
    assert re.compile(rule["snake"]).fullmatch("is_trusted_origin")


def test_no_rule_file_spells_the_guard_words_out() -> None:
    """A word added to the vocabulary reaches every pack: no file keeps a copy of the list."""
    # a group that names every word of the vocabulary, in any order
    spelled = re.compile(
        r"\((?:\?:)?" + "".join(rf"(?=[^()]*\b{w}\b)" for w in GUARD_WORDS) + r"[^()]*\)",
        re.IGNORECASE,
    )
    files = [*RULES_DIR.rglob("*.yaml"), *INPUTS_DIR.glob("*.yaml")]
    assert len(files) > 30
    copies = [p.name for p in files if spelled.search(p.read_text(encoding="utf-8"))]
    assert copies == []


def test_no_csharp_rule_file_spells_the_not_request_types_out() -> None:
    """The types a C# handler parameter may have that are not request data live once."""
    copy = CSHARP_NOT_REQUEST_TYPES.split("|ClaimsPrincipal")[0]
    files = [*RULES_DIR.glob("csharp/*.yaml"), INPUTS_DIR / "csharp.yaml"]
    assert [p.name for p in files if copy in p.read_text(encoding="utf-8")] == []
    assert any("{csharp-not-request-types}" in p.read_text(encoding="utf-8") for p in files)
