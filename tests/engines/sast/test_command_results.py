"""Unit tests of argv construction and JSON parsing, without running semgrep."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tracesec.engines.model import CoverageStatus, ScanConfig, Severity, TargetFile
from tracesec.engines.sast import command, handler_inputs
from tracesec.engines.sast.results import ParsedOutput, TargetIndex, parse_output
from tracesec.engines.sast.rule_yaml import with_vocabulary


def test_argv_runs_semgrep_core_on_our_rules_over_the_listed_targets(tmp_path: Path) -> None:
    rules, targets = tmp_path / "rules.json", tmp_path / "targets.json"
    argv = command.base_argv("/x/semgrep-core", rules, targets, ScanConfig())
    assert argv[0] == "/x/semgrep-core"
    assert argv[argv.index("-rules") + 1] == str(rules)
    assert argv[argv.index("-targets") + 1] == str(targets)
    assert argv[argv.index("-timeout") + 1] == "5"
    # a file is given up at its first rule timeout, not the CLI's third
    assert argv[argv.index("-timeout_threshold") + 1] == "1"
    assert "-json_nodots" in argv


def test_semgrep_core_and_its_language_table_come_from_the_installed_semgrep() -> None:
    core = Path(command.semgrep_core())
    assert core.name == "semgrep-core"
    assert command.language_table_path().parent.parent == core.parent.parent


def test_rules_bundle_holds_the_packs_rules_as_semgreps_yaml_parser_reads_them() -> None:
    # semgrep reads YAML 1.2 (ruamel); PyYAML reads 1.1, where e.g. `on`/`no` are booleans and
    # 0777 is octal: the bundle must hold exactly what semgrep would have read from the files
    # (their vocabulary filled in).
    ruamel = pytest.importorskip("ruamel.yaml")
    rules = command.bundled_rules(["python", "go"])
    expected = []
    for path in command.rule_files(["go", "python"]):
        text = with_vocabulary(path.read_text())
        read = ruamel.YAML(typ="safe", pure=True).load(text)["rules"]
        # with the pack's handler inputs in the rules that take them, read the same way
        inputs = handler_inputs.INPUTS_DIR / f"{path.parent.name}.yaml"
        added = ruamel.YAML(typ="safe", pure=True).load(inputs.read_text())["sources"]
        for rule in read:
            if rule.get("metadata", {}).get(handler_inputs.OPT_IN) is True:
                rule["pattern-sources"] = [*rule["pattern-sources"], *added]
        expected.extend(read)
    assert rules == json.loads(json.dumps(expected))
    assert {r["id"].split(".")[1] for r in rules} == {"python", "go"}
    packs = sorted({path.parent.name for path in command.rule_files()})
    everything = command.bundled_rules(packs)
    assert len({r["id"] for r in everything}) == len(everything)  # one document: unique ids


def test_rules_bundle_follows_an_edited_rule_file(tmp_path: Path, monkeypatch) -> None:
    rules_dir = tmp_path / "rules"
    shutil.copytree(command.RULES_DIR, rules_dir)
    monkeypatch.setattr(command, "RULES_DIR", rules_dir)
    before = command.bundled_rules(["go"])
    go_rule = sorted((rules_dir / "go").glob("*.yaml"))[0]
    text = go_rule.read_text()
    assert "severity: WARNING" in text
    go_rule.write_text(text.replace("severity: WARNING", "severity: INFO", 1))
    after = command.bundled_rules(["go"])
    severities = [r["severity"] for r in before], [r["severity"] for r in after]
    assert severities[1].count("INFO") == severities[0].count("INFO") + 1


def test_env_is_scrubbed(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SEMGREP_APP_TOKEN", "do-not-pass")
    monkeypatch.setenv("SEMGREP_RULES", "/tmp/evil.yml")
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.invalid:3128")
    env = command.clean_env(tmp_path)
    assert not [k for k in env if k.startswith("SEMGREP_") or "PROXY" in k.upper()]
    assert env["HOME"] == str(tmp_path)
    assert env["TMPDIR"] == str(tmp_path)


def test_pack_selection_by_suffix() -> None:
    assert command.pack_for("a/b.PY") == "python"
    assert command.pack_for("x.tsx") == "javascript"
    assert command.pack_for("Main.java") == "java"
    assert command.pack_for("main.go") == "go"
    assert command.pack_for("Controllers/HomeController.cs") == "csharp"
    assert command.pack_for("Views/Home/Index.cshtml") == "csharp"
    assert command.pack_for("public/index.php") == "php"
    assert command.pack_for("templates/recipe/show.html.twig") == "php"
    assert command.pack_for("templates/base.html") == "templates"
    assert command.pack_for("src/App.vue") == "templates"
    assert command.pack_for("views/page.ejs") == "templates"
    assert command.pack_for("README.md") is None


def _target(tmp_path: Path, name: str, text: str) -> TargetFile:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return TargetFile(path=name, abspath=path, size=path.stat().st_size)


def test_parse_output_maps_results_errors_and_metadata(tmp_path: Path) -> None:
    code = "x = 1\nrun(a)\nrun(a)\n"
    target = _target(tmp_path, "m.py", code)
    index = TargetIndex([target], tmp_path)
    result = {
        "check_id": "trace.python.t.r",
        "path": "m.py",
        "extra": {
            "message": "Bad thing. Fix it like this.",
            "severity": "WARNING",
            "metadata": {
                "cwe": ["CWE-78: OS command"],
                "owasp": ["A03:2021 - Injection"],
                "confidence": "LOW",
                "trace-severity": "bogus",
            },
            "lines": "requires login",
        },
    }
    doc = {
        "version": "9.9.9",
        "results": [
            {
                **result,
                "start": {"line": 3, "col": 1, "offset": 13},
                "end": {"line": 3, "col": 7, "offset": 19},
            },
            {
                **result,
                "start": {"line": 2, "col": 1, "offset": 6},
                "end": {"line": 2, "col": 7, "offset": 12},
            },
            {**result, "path": "/elsewhere.py", "start": {"offset": 0}, "end": {"offset": 1}},
        ],
        "errors": [
            {"type": "Timeout", "level": "warn", "rule_id": "r1", "path": "m.py"},
            {"type": ["PartialParsing", []], "level": "warn", "path": "./m.py"},
            {"type": "Rule parse error", "level": "error", "message": "secret text from a file"},
        ],
    }
    out = ParsedOutput()
    parse_output(doc, index, out)
    assert out.version == "9.9.9"
    assert [f.location.start_line for f in out.findings] == [2, 3]  # file order
    first, second = out.findings
    assert first.snippet == "run(a)"
    assert first.fingerprint != second.fingerprint
    assert first.severity is Severity.MEDIUM  # invalid trace-severity falls back to semgrep's
    assert first.cwe == ("CWE-78",)
    assert first.owasp == ("A03:2021",)
    assert first.confidence == "low"
    assert first.title == "Bad thing"
    # the worst per-file problem wins; engine-level errors are in our words
    assert out.coverage["m.py"].status is CoverageStatus.TIMED_OUT
    assert out.engine_errors == ["semgrep reported an engine error (Rule parse error)"]


def test_taint_steps_are_cut_from_the_file_and_masked(tmp_path: Path) -> None:
    """semgrep's documented ``dataflow_trace`` shape becomes source → step → sink, each step's
    code read from the file (not semgrep's text) and passed through the secrets masking."""
    from tracesec.engines.redaction import redact_detected
    from tracesec.engines.secrets.detectors.base import fake
    from tracesec.engines.secrets.engine import default_matcher

    token = fake("ghp_", 36, seed="taint-step")
    code = f'name = request.args["n"]\nq = "{token}" + name\ndb.execute(q)\n'
    target = _target(tmp_path, "app.py", code)

    def loc(line: int) -> dict[str, object]:
        return {"path": "app.py", "start": {"line": line, "col": 1, "offset": 0}, "end": {}}

    doc = {
        "results": [
            {
                "check_id": "trace.python.sqli",
                "path": "app.py",
                "start": {"line": 3, "col": 1, "offset": code.index("db.")},
                "end": {"line": 3, "col": 14, "offset": code.index("db.") + 13},
                "extra": {
                    "message": "Tainted query.",
                    "dataflow_trace": {
                        "taint_source": ["CliLoc", [loc(1), "requires login"]],
                        "intermediate_vars": [{"location": loc(2), "content": "q"}],
                        "taint_sink": ["CliCall", [[loc(3), "requires login"], [], "x"]],
                    },
                },
            }
        ]
    }
    out = ParsedOutput()
    parse_output(doc, TargetIndex([target], tmp_path), out)
    (finding,) = redact_detected(out.findings, default_matcher())
    steps = finding.extra["dataflow"]
    assert [(s["kind"], s["line"]) for s in steps] == [("source", 1), ("step", 2), ("sink", 3)]
    assert steps[0]["code"] == 'name = request.args["n"]'
    assert token not in steps[1]["code"]
    assert "name" in steps[1]["code"]
    assert steps[2]["path"] == "app.py"


def test_no_dataflow_trace_gives_no_steps(tmp_path: Path) -> None:
    from tracesec.engines.sast.results import dataflow_steps

    assert dataflow_steps(None, "a.py", b"x\n") == []
    assert dataflow_steps({"taint_source": ["CliLoc", []]}, "a.py", b"x\n") == []


def test_an_intermediate_step_on_its_neighbours_line_is_left_out() -> None:
    """semgrep lists the source's and the sink's lines among the intermediate variables too."""
    from tracesec.engines.sast.results import dataflow_steps

    def loc(line: int) -> dict[str, object]:
        return {"path": "a.py", "start": {"line": line}}

    trace = {
        "taint_source": ["CliLoc", [loc(1), ""]],
        "intermediate_vars": [{"location": loc(n)} for n in (1, 2, 2, 3)],
        "taint_sink": ["CliLoc", [loc(3), ""]],
    }
    steps = dataflow_steps(trace, "a.py", b"a = src()\nb = a\nsink(b)\n")
    assert [(s["kind"], s["line"]) for s in steps] == [("source", 1), ("step", 2), ("sink", 3)]


def test_a_long_trace_keeps_its_source_and_its_sink() -> None:
    from tracesec.engines.sast.results import MAX_STEPS, dataflow_steps

    def loc(line: int) -> dict[str, object]:
        return {"path": "a.py", "start": {"line": line}}

    lines = MAX_STEPS + 10
    trace = {
        "taint_source": ["CliLoc", [loc(1), ""]],
        "intermediate_vars": [{"location": loc(n)} for n in range(2, lines)],
        "taint_sink": ["CliLoc", [loc(lines), ""]],
    }
    data = "".join(f"v{n} = v{n - 1}\n" for n in range(1, lines + 1)).encode()
    steps = dataflow_steps(trace, "a.py", data)
    assert len(steps) == MAX_STEPS
    assert (steps[0]["kind"], steps[0]["line"]) == ("source", 1)
    assert (steps[-1]["kind"], steps[-1]["line"]) == ("sink", lines)
