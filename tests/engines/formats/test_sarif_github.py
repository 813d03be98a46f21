"""SARIF for GitHub code scanning: its documented limits, and fingerprints stable across exports."""

from __future__ import annotations

from dataclasses import replace

from tests.engines.formats import sample
from tracesec.engines.formats import sarif
from tracesec.engines.model import Engine, Location, Severity


def test_results_per_run_are_capped_keeping_the_most_severe() -> None:
    extra = sarif.MAX_RESULTS_PER_RUN + 7
    findings = [
        replace(
            sample.SAST,
            severity=Severity.CRITICAL if n < 3 else Severity.LOW,
            location=Location("app/x.py", n + 1, n + 1),
            fingerprint=f"{n:064x}",
        )
        for n in range(extra)
    ]
    result = replace(sample.result(), findings=tuple(findings))
    [run] = [r for r in sarif.to_sarif(result)["runs"] if r["properties"]["engine"] == "sast"]
    assert len(run["results"]) == sarif.MAX_RESULTS_PER_RUN
    assert [r["level"] for r in run["results"][:3]] == ["error"] * 3
    assert len(run["tool"]["driver"]["rules"]) <= sarif.MAX_RESULTS_PER_RUN
    [note] = [
        n
        for n in run["invocations"][0]["toolExecutionNotifications"]
        if n["descriptor"]["id"] == "results/truncated"
    ]
    assert note["message"]["text"].startswith("7 less severe results left out")


def test_rules_carry_what_code_scanning_reads_and_few_tags() -> None:
    many_cwes = tuple(f"CWE-{n}" for n in range(1, 40))
    result = replace(sample.result(), findings=(replace(sample.SAST, cwe=many_cwes),))
    doc = sarif.to_sarif(result)
    assert len(doc["runs"]) <= 20
    for run in doc["runs"]:
        assert run["automationDetails"]["id"] == f"trace/{run['properties']['engine']}/"
        for rule in run["tool"]["driver"]["rules"]:
            assert len(rule["properties"]["tags"]) <= sarif.MAX_TAGS_PER_RULE
            assert float(rule["properties"]["security-severity"]) >= 0
            assert rule["help"]["text"]
        for item in run["results"]:
            assert len(item["locations"]) == 1
            assert len(item["properties"]["tags"]) <= sarif.MAX_TAGS_PER_RULE


def test_partial_fingerprints_are_stable_across_exports_and_line_moves() -> None:
    def fingerprints(result: object) -> dict[str, str]:
        doc = sarif.to_sarif(result)  # type: ignore[arg-type]
        return {
            r["ruleId"]: r["partialFingerprints"][sarif.FINGERPRINT_KEY]
            for run in doc["runs"]
            for r in run["results"]
        }

    first = fingerprints(sample.result())
    assert first == fingerprints(sample.result())
    moved = replace(
        sample.result(),
        findings=tuple(
            replace(f, location=replace(f.location, start_line=f.location.start_line + 40,
                                        end_line=f.location.end_line + 40))
            for f in sample.result().findings
        ),
    )  # fmt: skip
    assert fingerprints(moved) == first
    assert first[sample.SAST.rule_id] == sample.SAST.fingerprint
    assert all(len(v) == 64 for v in first.values())
    assert Engine.SAST.value in {run["properties"]["engine"]
                                 for run in sarif.to_sarif(sample.result())["runs"]}  # fmt: skip
