"""SARIF 2.1.0: validated against the OASIS schema (testdata/, see its SOURCE file)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from tests.engines.formats import sample
from tests.engines.formats.snapshot import assert_snapshot
from tracesec.engines.formats import render, sarif
from tracesec.engines.model import ScanResult, Suppression

SCHEMA = json.loads(
    (Path(__file__).parent / "testdata" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
)


def _validate(doc: dict) -> None:
    jsonschema.Draft4Validator(SCHEMA).validate(doc)


@pytest.mark.parametrize("result", [sample.result(), sample.result(False), sample.failed_result()])
def test_validates_against_the_oasis_schema(result) -> None:
    _validate(json.loads(sarif.render(result)))


def test_schema_check_is_real() -> None:
    doc = sarif.to_sarif(sample.result())
    doc["runs"][0]["results"][0]["level"] = "catastrophic"
    with pytest.raises(jsonschema.ValidationError):
        _validate(doc)


def test_snapshot() -> None:
    assert_snapshot("result.sarif", sarif.render(sample.result()))


def test_one_run_per_engine_with_fingerprints_and_engine_property() -> None:
    doc = sarif.to_sarif(sample.result())
    assert [r["tool"]["driver"]["name"] for r in doc["runs"]] == [
        "Trace SAST",
        "Trace SCA",
        "Trace Secrets",
    ]
    for run in doc["runs"]:
        engine = run["properties"]["engine"]
        for result in run["results"]:
            assert result["properties"]["engine"] == engine
            assert set(result["partialFingerprints"]) == {sarif.FINGERPRINT_KEY}
            rule = run["tool"]["driver"]["rules"][result["ruleIndex"]]
            assert rule["id"] == result["ruleId"]


def test_sast_cwe_tags_on_rule_and_result() -> None:
    sast_run = sarif.to_sarif(sample.result())["runs"][0]
    result = next(r for r in sast_run["results"] if r["ruleId"] == "python.sqli.string-format")
    rule = sast_run["tool"]["driver"]["rules"][result["ruleIndex"]]
    assert "external/cwe/cwe-89" in result["properties"]["tags"]
    assert "external/cwe/cwe-89" in rule["properties"]["tags"]


def test_sca_properties() -> None:
    sca_run = sarif.to_sarif(sample.result())["runs"][1]
    [result] = sca_run["results"]
    props = result["properties"]
    assert props["ecosystem"] == "PyPI"
    assert props["package"] == "django"
    assert props["version"] == "4.2.0"
    assert props["aliases"] == ["CVE-2024-42005", "PYSEC-2024-70"]
    assert props["fixed_version"] == "4.2.15"
    assert props["purl"] == "pkg:pypi/django@4.2.0"


def test_execution_successful_reflects_coverage() -> None:
    runs = sarif.to_sarif(sample.result())["runs"]
    assert [r["invocations"][0]["executionSuccessful"] for r in runs] == [True, True, True]
    runs = sarif.to_sarif(sample.result(complete=False))["runs"]
    assert runs[0]["invocations"][0]["executionSuccessful"] is False
    notes = runs[0]["invocations"][0]["toolExecutionNotifications"]
    assert notes[0]["message"]["text"] == "timed_out: semgrep timeout"
    failed = sarif.to_sarif(sample.failed_result())["runs"][1]
    assert failed["invocations"][0]["executionSuccessful"] is False
    assert failed["invocations"][0]["toolExecutionNotifications"][0]["level"] == "error"


def test_paths_become_uri_references() -> None:
    assert sarif.artifact_uri("web/odd\nname [x].js") == "web/odd%0Aname%20%5Bx%5D.js"
    assert sarif.artifact_uri("src/caf\u00e9.py") == "src/caf%C3%A9.py"


def _with_first_suppressed(justification: str, **where: str | int) -> ScanResult:
    result = sample.result()
    first, *rest = result.findings
    suppression = Suppression(justification=justification, **where)  # type: ignore[arg-type]
    return replace(result, findings=(replace(first, suppression=suppression), *rest))


def test_a_suppressed_finding_carries_sarif_suppressions() -> None:
    result = _with_first_suppressed("False positive")
    doc = sarif.to_sarif(result)
    _validate(doc)
    by_fingerprint = {
        r["partialFingerprints"][sarif.FINGERPRINT_KEY]: r
        for run in doc["runs"]
        for r in run["results"]
    }
    suppressed = by_fingerprint.pop(result.findings[0].fingerprint)
    assert suppressed["suppressions"] == [
        {
            "kind": "external",
            "status": "accepted",
            "justification": "False positive",
            "properties": {"source": "triage"},
        }
    ]
    assert by_fingerprint
    assert all("suppressions" not in r for r in by_fingerprint.values())


def test_an_in_code_suppression_is_in_source_with_its_location() -> None:
    result = _with_first_suppressed("fixture", source="code", path="requirements.txt", line=2)
    doc = sarif.to_sarif(result)
    _validate(doc)
    [suppressed] = [r for run in doc["runs"] for r in run["results"] if "suppressions" in r]
    [suppression] = suppressed["suppressions"]
    assert suppression["kind"] == "inSource"
    location = suppression["location"]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "requirements.txt"
    assert location["region"] == {"startLine": 2}


def test_information_uri_is_the_callers_or_absent_never_a_placeholder() -> None:
    absent = sarif.to_sarif(sample.result())
    assert all("informationUri" not in run["tool"]["driver"] for run in absent["runs"])
    given = json.loads(
        render(sample.result(), "sarif", information_uri="https://trace.example.com/")
    )
    _validate(given)
    assert {run["tool"]["driver"]["informationUri"] for run in given["runs"]} == {
        "https://trace.example.com/"
    }


def test_a_taint_trace_becomes_a_code_flow_from_source_to_sink() -> None:
    steps = [
        {"kind": "source", "path": "app/views.py", "line": 9, "code": 'q = request.args["q"]'},
        {"kind": "step", "path": "app/views.py", "line": 30, "code": "def lookup(q):"},
        {"kind": "sink", "path": "app/views.py", "line": 12, "code": "cursor.execute(sql)"},
    ]
    traced = replace(sample.SAST, extra={"dataflow": steps})
    result = replace(sample.result(), findings=(traced,))
    doc = sarif.to_sarif(result)
    _validate(doc)
    flow = doc["runs"][0]["results"][0]["codeFlows"][0]["threadFlows"][0]["locations"]
    assert [
        (
            step["location"]["message"]["text"],
            step["location"]["physicalLocation"]["region"]["startLine"],
            step["location"]["physicalLocation"]["region"]["snippet"]["text"],
        )
        for step in flow
    ] == [
        ("Source", 9, 'q = request.args["q"]'),
        ("Through", 30, "def lookup(q):"),
        ("Sink", 12, "cursor.execute(sql)"),
    ]
    # a finding without a trace has no code flow
    plain = sarif.to_sarif(sample.result())["runs"][0]["results"][0]
    assert "codeFlows" not in plain
