"""Handler inputs (handler_inputs.py, inputs/<pack>.yaml): the sources every rule that reads the
request takes, whatever the framework. The rule tests (`*.inputs.*` next to the rules) show
what they find; these tests hold the wiring and the prefilter's words."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.support.paths import REPO_ROOT
from tracesec.engines.model import ScanConfig, TargetFile
from tracesec.engines.sast import start
from tracesec.engines.sast.command import (
    RULES_DIR,
    bundled_rules,
    pack_for,
    rule_files,
)
from tracesec.engines.sast.handler_inputs import INPUTS_DIR, OPT_IN, pack_inputs
from tracesec.engines.sast.helper_candidates import Words, words_of
from tracesec.engines.sast.pattern_words import source_needs
from tracesec.engines.sast.rule_yaml import load_rules_yaml
from tracesec.engines.sast.same_file import language_of

PACKS = sorted(path.stem for path in INPUTS_DIR.glob("*.yaml"))
# a source every rule that reads the request has, per pack: the rule takes the inputs too
REQUEST_MARKERS = {
    "python": r"request\.\$ATTR",
    "javascript": r"\^\(req\|request",
    "java": r"getParameter",
    "go": r"FormValue",
    "csharp": r"FromQuery",
    "php": r"\$_GET",
}


def test_every_pack_with_inputs_has_a_marker() -> None:
    assert set(PACKS) == set(REQUEST_MARKERS)


@pytest.mark.parametrize("pack", PACKS)
def test_every_rule_that_reads_the_request_takes_the_inputs(pack: str) -> None:
    marker = re.compile(REQUEST_MARKERS[pack])
    reading, taking = set(), set()
    for path in rule_files([pack]):
        for rule in load_rules_yaml(path.read_text(encoding="utf-8"))["rules"]:
            if rule.get("mode") != "taint":
                continue
            if marker.search(json.dumps(rule.get("pattern-sources", []))):
                reading.add(rule["id"])
            if (rule.get("metadata") or {}).get(OPT_IN) is True:
                taking.add(rule["id"])
    assert reading
    assert taking == reading


@pytest.mark.parametrize("pack", PACKS)
def test_the_scan_rules_carry_the_inputs(pack: str) -> None:
    added = pack_inputs(pack)
    for rule in bundled_rules([pack]):
        sources = rule.get("pattern-sources", [])
        if (rule.get("metadata") or {}).get(OPT_IN) is True:
            assert sources[-len(added) :] == added, rule["id"]
        else:
            assert not any(source in sources for source in added), rule["id"]


def test_rules_sharing_one_source_list_get_the_inputs_once() -> None:
    """The rules of a file share their sources through YAML anchors: adding the inputs to one
    rule's list must not add them to its neighbours' again."""
    rules = bundled_rules(["python"])
    added = pack_inputs("python")
    for rule in rules:
        sources = rule.get("pattern-sources", [])
        assert sum(source == added[0] for source in sources) <= 1, rule["id"]


@pytest.mark.parametrize("pack", PACKS)
def test_every_input_needs_a_word(pack: str) -> None:
    """The helper prefilter takes a file holding a source's words for one that reads request
    data, and follows no chain through such a file. An input that needs no word, or only words
    every file holds, makes every file read the request: cross-file findings through a file
    between were lost that way (33 of 460 on the Python tuning set)."""
    common = {"get", "value", "for", "on", "error", "context", "Context", "Query", "path"}
    for source in pack_inputs(pack):
        needs = source_needs([source])
        assert needs is not None, json.dumps(source)[:200]
        for alternative in needs.alternatives:
            assert any(need.affixed or not need.words <= common for need in alternative), (
                json.dumps(source)[:200]
            )


def test_a_file_between_stays_a_file_between() -> None:
    """A service that hands a value on and reads no request is no source file for the rule."""
    sql = "trace.python.sql-injection.tainted-query"
    rule = next(r for r in bundled_rules(["python"]) if r["id"] == sql)
    words = Words.of(rule)
    service = {"def", "crew_for_base", "rows", "await", "crew_repo", "list_by_base", "value", "get"}
    assert not words.sourced(service)
    # a service handed a request DTO named `req` (`req.audio_format`) that prints JSON
    transcoder = {"def", "transcode", "req", "audio_format", "json", "text", "subprocess"}
    assert not words.sourced(transcoder)


# the words of services that hand a value on and read no request (from the tuning probes): a
# template context named ctx with a body, a RestTemplate exchange's getBody, a NestJS service's
# ctx and input, a Go client's Query, Body, Header and URL, a Go config read with GetString
SERVICES = {
    "java": {"class", "ClaimService", "ctx", "VelocityContext", "body", "getBody", "exchange"},
    "javascript": {"export", "class", "FareRulesService", "ctx", "input", "evaluate"},
    "go": {"func", "Query", "Body", "Header", "URL", "Request", "Context", "error", "Do"},
}


@pytest.mark.parametrize("pack", sorted(SERVICES))
def test_a_service_of_common_words_is_no_request_reader(pack: str) -> None:
    sql = f"trace.{pack}.sql-injection.tainted-query"
    rule = next(r for r in bundled_rules([pack]) if r["id"] == sql)
    assert not Words.of(rule).sourced(SERVICES[pack])


@pytest.mark.parametrize("pack", PACKS)
def test_the_inputs_make_few_tuning_files_request_readers(pack: str) -> None:
    """Over the tuning probes' files of the pack, the inputs may turn at most 3.5 % of them
    into request readers for the SQL rule (handlers the rules did not know). A first version
    made 97 of 519 Go files readers (services holding `Query`, `Body`, `URL`), and every chain
    through them was lost. (Java is at 28 of 905: ten of them are Struts 2 actions, request
    readers in truth.)"""
    sql = f"trace.{pack}.sql-injection.tainted-query"
    with_inputs = Words.of(next(r for r in bundled_rules([pack]) if r["id"] == sql))
    without = Words.of(
        next(
            rule
            for path in rule_files([pack])
            for rule in load_rules_yaml(path.read_text(encoding="utf-8"))["rules"]
            if rule["id"] == sql
        )
    )
    files = [
        path
        for path in (REPO_ROOT / "benchmarks" / "probes").rglob("*")
        if path.is_file() and language_of(path.name) is not None and pack_for(path.name) == pack
    ]
    assert len(files) > 300
    added = 0
    for path in files:
        words = words_of(path.read_text(encoding="utf-8", errors="replace"))
        added += with_inputs.sourced(words) and not without.sourced(words)
    assert added <= 0.035 * len(files), (added, len(files))


def test_a_scan_finds_a_flaw_read_through_a_handler_input(tmp_path: Path) -> None:
    """Through the real runner, across files: a Falcon resource reads a parameter and a
    repository of another file builds SQL from it."""
    files = {
        "berths/resources.py": (
            "from berths import repository\n\n\n"
            "class BerthResource:\n"
            "    def on_get(self, req, resp):\n"
            '        vessel = req.get_param("vessel")\n'
            "        resp.media = repository.find_berths(vessel)\n"
        ),
        "berths/repository.py": (
            "import sqlite3\n\n"
            'db = sqlite3.connect("berths.db")\n\n\n'
            "def find_berths(vessel):\n"
            "    query = f\"SELECT * FROM berths WHERE vessel = '{vessel}'\"\n"
            "    return db.execute(query).fetchall()\n"
        ),
    }
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    targets = [
        TargetFile(path=rel, abspath=tmp_path / rel, size=(tmp_path / rel).stat().st_size)
        for rel in files
    ]
    outcome = start(tmp_path, targets, ScanConfig(sast_timeout_seconds=300)).wait()
    found = {(f.location.path, f.location.start_line, f.rule_id) for f in outcome.findings}
    assert ("berths/repository.py", 8, "trace.python.sql-injection.tainted-query") in found


def test_inputs_live_outside_the_rule_packs() -> None:
    """The engine loads every YAML file of a pack directory as rules: the inputs are not one."""
    assert RULES_DIR not in INPUTS_DIR.parents
    assert all(INPUTS_DIR not in path.parents for path in rule_files())
