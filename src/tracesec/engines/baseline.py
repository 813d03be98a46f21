"""``--baseline``: report only the findings a previous scan did not have.

Findings are compared by fingerprint, which ignores line numbers, so a finding that moved is
not new. The baseline is a JSON report of an earlier ``trace scan --format json``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from tracesec.engines.errors import FormatError
from tracesec.engines.formats import json as json_format
from tracesec.engines.model import ScanResult


def load_fingerprints(path: Path) -> frozenset[str]:
    """The fingerprints of a JSON report; ``FormatError`` when it cannot be read as one."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise FormatError(f"cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise FormatError(f"{path} is not a Trace JSON report (not UTF-8)") from None
    return frozenset(f.fingerprint for f in json_format.loads(text).findings)


def only_new(result: ScanResult, known: frozenset[str]) -> ScanResult:
    return dataclasses.replace(
        result, findings=tuple(f for f in result.findings if f.fingerprint not in known)
    )
