from __future__ import annotations

from tests.engines.formats import sample
from tests.engines.formats.snapshot import assert_snapshot
from tracesec.engines.formats import table


def test_snapshot() -> None:
    assert_snapshot("result.txt", table.render(sample.result(complete=False), width=120))


def test_failed_engine_and_no_markup_or_escape_injection() -> None:
    text = table.render(sample.failed_result(), width=160)
    assert "failed" in text
    assert "trace vulndb import" in text
    hostile = table.render(sample.result(), width=160)
    assert "\x1b" not in hostile
    assert "odd\\nname [x].js" in hostile  # a newline in a path cannot break the row
    assert '=HYPERLINK("http://evil")' in hostile  # brackets and markup shown literally


def test_no_findings() -> None:
    from dataclasses import replace

    text = table.render(replace(sample.result(), findings=()), width=100)
    assert text.startswith("No findings.")


def test_one_finding_is_singular() -> None:
    from dataclasses import replace

    result = sample.result()
    text = table.render(replace(result, findings=result.findings[:1]), width=100)
    assert text.split("\n", 1)[0].strip() == "1 finding"
