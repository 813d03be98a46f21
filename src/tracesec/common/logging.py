"""A logging filter that masks credentials before any handler writes a record."""

from __future__ import annotations

import logging
import re

_PATTERNS: tuple[re.Pattern[str], ...] = (
    # Authorization headers and bearer tokens.
    re.compile(r"(?i)\b(authorization\s*[:=]\s*)(bearer|basic|token)?\s*[^\s,;'\"]+"),
    re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/=-]{8,}"),
    # key=value / "key": "value" pairs whose key names a secret.
    re.compile(
        r"(?i)([\"']?\b[\w-]*(?:password|passwd|secret|token|api[_-]?key|credential)[\w-]*"
        r"[\"']?\s*[:=]\s*[\"']?)[^\s\"',;&]+"
    ),
    # Credentials embedded in URLs: scheme://user:pass@host
    re.compile(r"(://[^/\s:@]+:)[^@\s/]+(?=@)"),
    # Trace API tokens, even when logged bare.
    re.compile(r"()\btrc_[A-Za-z0-9_-]{16,}"),
    # Links that carry a token in their path (dashboard/urls.py): an invitation, and a password
    # reset (/password-reset/<uid>/<token>/; Django's own next step is "set-password").
    re.compile(r"(/invite/)[^/?#\s\"]+"),
    re.compile(r"(/password-reset/[^/?#\s\"]+/)(?!set-password/)[^/?#\s\"]+(?=/)"),
)
MASK = "[REDACTED]"


def redact(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: f"{m.group(1)}{MASK}", text)
    return text


class RedactionFilter(logging.Filter):
    """Renders the message once, masks secrets in it and in string `extra` values."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not hide the record
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        for name, value in list(record.__dict__.items()):
            if name in _STANDARD_ATTRS or not isinstance(value, str):
                continue
            setattr(record, name, redact(value))
        return True


_STANDARD_ATTRS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None)).keys()) | {
    "message",
    "asctime",
}
