from __future__ import annotations

import csv
import io
from dataclasses import replace

from tests.engines.formats import sample
from tests.engines.formats.snapshot import assert_snapshot
from tracesec.engines.formats import csv as csv_format
from tracesec.engines.model import Suppression


def test_snapshot() -> None:
    assert_snapshot("result.csv", csv_format.render(sample.result()))


def test_rows_parse_back_and_formulas_are_neutralised() -> None:
    rows = list(csv.DictReader(io.StringIO(csv_format.render(sample.result()))))
    assert [r["rule_id"] for r in rows] == [
        "GHSA-xxxx-yyyy-zzzz",
        "github-pat",
        "python.sqli.string-format",
        "js.xss.inner-html",
    ]
    hostile = rows[3]
    assert hostile["title"].startswith("'=")
    assert hostile["message"].startswith("'-")
    assert hostile["path"] == "web/odd\nname [x].js"
    assert rows[0]["aliases"] == "CVE-2024-42005; PYSEC-2024-70"
    assert rows[1]["masked_preview"] == "ghp_\u2026a1B2"


def test_suppressions_have_their_columns() -> None:
    findings = sample.result().findings
    code = Suppression("=cmd|' /C calc'!A0", "code", findings[1].location.path, 7)
    config = Suppression("fixtures", "config", ".trace.yml", 2, expires="2030-01-31")
    triage = Suppression(
        "Accepted risk", reason="accepted_risk", author="ana@example.test",
        decided_at="2026-12-01T10:00:00+00:00",
    )  # fmt: skip
    refused = replace(
        findings[3], extra={**findings[3].extra, "suppression_problem": "entry 1 has no reason"}
    )
    result = replace(
        sample.result(),
        findings=(
            replace(findings[0], suppression=triage),
            replace(findings[1], suppression=code),
            replace(findings[2], suppression=config),
            refused,
        ),
    )
    rows = list(csv.DictReader(io.StringIO(csv_format.render(result))))
    keys = [k for k in csv_format.COLUMNS if k.startswith("suppress")]
    cells = [[row[k] for k in keys] for row in rows]
    assert cells[0] == [
        "ignored", "dashboard", "Accepted risk", "", "ana@example.test",
        "2026-12-01T10:00:00+00:00", "",
    ]  # fmt: skip
    assert cells[1] == [
        "ignored", "in-code", "'=cmd|' /C calc'!A0", f"{findings[1].location.path}:7", "", "", "",
    ]  # fmt: skip
    assert cells[2] == [
        "ignored",
        ".trace.yml",
        "fixtures",
        ".trace.yml entry 2",
        "",
        "",
        "2030-01-31",
    ]
    assert cells[3] == ["not honoured", "", "entry 1 has no reason", "", "", "", ""]
