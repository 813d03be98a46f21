"""Mask credentials in text another engine is about to report (SAST snippets and messages).

The one redaction step that runs before any per-file result leaves an engine, and so before
the result cache stores it: every value the secrets detectors recognise becomes its masked
preview, exactly as the secrets engine shows it.
"""

from __future__ import annotations

from collections.abc import Iterable

from tracesec.engines.model import Finding
from tracesec.engines.redaction import map_texts
from tracesec.engines.secrets.matcher import Matcher
from tracesec.engines.secrets.redact import mask


def mask_secrets(text: str, matcher: Matcher) -> str:
    if not text:
        return text
    data = text.encode("utf-8", "surrogatepass")
    hits = matcher.scan(data)
    if not hits:
        return text
    # longest first, so a value containing another is masked whole
    for value in sorted({hit.value for hit in hits}, key=len, reverse=True):
        data = data.replace(value, mask(value).encode("utf-8"))
    return data.decode("utf-8", "replace")


def redact_findings(findings: Iterable[Finding], matcher: Matcher) -> list[Finding]:
    """The findings with every recognisable credential masked in every text that may quote
    code (title, message, snippet, taint steps)."""
    return [map_texts(finding, lambda text: mask_secrets(text, matcher)) for finding in findings]
