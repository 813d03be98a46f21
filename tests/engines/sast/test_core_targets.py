"""The target list semgrep-core reads (``engines/sast/core_targets.py``): which analyzers read
each file, from semgrep's own language table."""

from __future__ import annotations

import json
from pathlib import Path

from tracesec.engines.sast.command import bundled_rules, rule_files
from tracesec.engines.sast.core_targets import (
    analyzers_for,
    analyzers_of,
    typescript_too,
    write_targets,
)

RULES = bundled_rules(["javascript", "python", "templates"])


def test_rule_languages_are_named_by_semgreps_ids() -> None:
    assert analyzers_of(RULES) == {"js", "ts", "python", "regex"}
    assert analyzers_of([{"languages": ["TypeScript", "no-such-language"]}]) == {"ts"}


def test_each_file_is_read_by_the_analyzers_of_its_extension() -> None:
    analyzers = analyzers_of(RULES)
    assert analyzers_for("app/views.py", analyzers) == ["python", "regex"]
    assert analyzers_for("web/App.tsx", analyzers) == ["regex", "ts"]
    assert analyzers_for("web/server.mjs", analyzers) == ["js", "regex"]
    # as semgrep's CLI reads them: by extension alone
    assert analyzers_for("types/express.d.ts", analyzers) == ["regex", "ts"]
    # TypeScript's module extensions, which semgrep's own table lacks, are TypeScript
    assert analyzers_for("web/server.mts", analyzers) == ["regex", "ts"]
    assert analyzers_for("web/legacy.cts", analyzers) == ["regex", "ts"]
    assert analyzers_for("tools/label.pyw", analyzers) == ["python", "regex"]
    # an extension no language has: regex rules only
    assert analyzers_for("web/server.coffee", analyzers) == ["regex"]
    # a template: regex rules only (their `paths` say which files, see below)
    assert analyzers_for("templates/page.html", analyzers) == ["regex"]
    # without regex rules in the run, a file no language reads is left out
    assert analyzers_for("templates/page.html", frozenset({"python"})) == []


def test_the_list_names_each_file_with_its_project_path(tmp_path: Path) -> None:
    listed = write_targets(
        ["app.py", "./-rf.py", "notes.txt"], [{"languages": ["python"]}], tmp_path
    )
    kind, entries = json.loads(listed.read_text(encoding="utf-8"))
    assert kind == "Targets"
    assert entries == [
        [
            "CodeTarget",
            {
                "path": {"fpath": "app.py", "ppath": "/app.py"},
                "analyzer": "python",
                "products": ["sast"],
            },
        ],
        [
            "CodeTarget",
            {
                "path": {"fpath": "./-rf.py", "ppath": "/-rf.py"},
                "analyzer": "python",
                "products": ["sast"],
            },
        ],
    ]


def test_a_rule_naming_javascript_reads_typescript_too() -> None:
    rules = [
        {"id": "a", "languages": ["javascript"]},
        {"id": "b", "languages": ["js", "TypeScript"]},
        {"id": "c", "languages": ["python"]},
    ]
    assert [r["languages"] for r in typescript_too(rules)] == [
        ["javascript", "typescript"],
        ["js", "TypeScript"],
        ["python"],
    ]
    assert rules[0]["languages"] == ["javascript"]  # the caller's rules are not changed


def test_the_packs_rules_name_typescript_wherever_they_name_javascript() -> None:
    # the scan's bundle hands the packs' rules to semgrep-core as they are (runner.py)
    packs = sorted({path.parent.name for path in rule_files()})
    everything = bundled_rules(packs)
    assert typescript_too(everything) == everything
