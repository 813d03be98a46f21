"""The only place a raw secret value becomes something that may leave the engine.

A value turns into its SHA-256 (for identity and de-duplication) and a masked preview that
reveals at most a quarter of it (for a human to recognise which key it was).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

ELLIPSIS = "\u2026"
MAX_SNIPPET_CHARS = 240


@dataclass(frozen=True, slots=True)
class Redacted:
    sha256: str
    preview: str


def redact(value: bytes) -> Redacted:
    return Redacted(sha256=hashlib.sha256(value).hexdigest(), preview=mask(value))


def mask(value: bytes) -> str:
    """``ghp_…a1B2``: up to 4 characters each side, never more than a quarter of the value."""
    text = value.decode("utf-8", "replace")
    keep = min(4, len(text) // 8)
    if keep == 0:
        return ELLIPSIS
    return f"{_printable(text[:keep])}{ELLIPSIS}{_printable(text[-keep:])}"


def _printable(text: str) -> str:
    # a tab is indentation (Go, Makefiles), shown as it is, like SAST snippets show it
    return "".join(ch if ch.isprintable() or ch == "\t" else "?" for ch in text)


def masked_line(line: bytes, spans: list[tuple[int, int]]) -> str:
    """The line with every secret span replaced by its preview, trimmed around the first span.

    ``spans`` are byte offsets into ``line``. The text around secrets is repository content,
    so control characters are neutralised; the window is cut in bytes first so a 50 MB
    single-line file costs no more than a short one.
    """
    ordered = sorted(spans)
    first = ordered[0][0] if ordered else 0
    lo = max(0, first - MAX_SNIPPET_CHARS // 3)
    hi = min(len(line), lo + MAX_SNIPPET_CHARS * 4)
    parts: list[str] = ["" if lo == 0 else ELLIPSIS]
    cursor = lo
    for start, end in ordered:
        start, end = max(start, cursor), min(end, hi)
        if end <= start:  # outside the window, or hidden by an overlapping earlier span
            continue
        parts.append(line[cursor:start].decode("utf-8", "replace"))
        parts.append(mask(line[start:end]))
        cursor = end
    parts.append(line[cursor:hi].decode("utf-8", "replace"))
    text = _printable("".join(parts).rstrip("\r\n"))
    if len(text) > MAX_SNIPPET_CHARS:
        text = text[:MAX_SNIPPET_CHARS] + ELLIPSIS
    elif hi < len(line):
        text += ELLIPSIS
    return text
