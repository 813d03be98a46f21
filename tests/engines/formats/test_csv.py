from __future__ import annotations

import csv
import io

from tests.engines.formats import sample
from tests.engines.formats.snapshot import assert_snapshot
from tracesec.engines.formats import csv as csv_format


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
