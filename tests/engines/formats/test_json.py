from __future__ import annotations

import json

import pytest

from tests.engines.formats import sample
from tests.engines.formats.snapshot import assert_snapshot
from tracesec.engines.errors import FormatError
from tracesec.engines.formats import json as json_format


def test_snapshot() -> None:
    assert_snapshot("result.json", json_format.render(sample.result()))


@pytest.mark.parametrize("result", [sample.result(), sample.result(False), sample.failed_result()])
def test_round_trip(result) -> None:
    loaded = json_format.loads(json_format.render(result))
    assert loaded == result
    assert json_format.render(loaded) == json_format.render(result)


def test_document_header_and_summary() -> None:
    doc = json.loads(json_format.render(sample.result(complete=False)))
    assert doc["schema"] == "trace-scan-result"
    assert doc["schema_version"] == "1.0"
    assert doc["complete"] is False
    assert doc["summary"]["by_severity"] == {
        "critical": 2,
        "high": 1,
        "medium": 1,
        "low": 0,
        "info": 0,
    }
    assert doc["summary"]["skipped"] == 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "not JSON"),
        ('{"schema": "other"}', "not a Trace scan result"),
        ('{"schema": "trace-scan-result", "schema_version": "2.0"}', "unsupported schema version"),
        ('{"schema": "trace-scan-result", "schema_version": "1.0"}', "malformed"),
    ],
)
def test_loader_refuses_bad_documents(text: str, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        json_format.loads(text)
