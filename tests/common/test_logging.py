"""The redaction filter masks credentials in messages and `extra` values."""

from __future__ import annotations

import logging

import pytest

from tracesec.common.logging import RedactionFilter, redact


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Authorization: Bearer abcdef123456789", "abcdef123456789"),
        ("calling with bearer eyJhbGciOiJSUzI1NiJ9.payload.sig", "eyJhbGciOiJSUzI1NiJ9"),
        ('{"password": "hunter2hunter2"}', "hunter2hunter2"),
        ("api_key=sk_live_0123456789abcdef", "sk_live_0123456789abcdef"),
        ("clone https://x-token-auth:ATCTT3xFfGN0abc@bitbucket.org/a/b.git", "ATCTT3xFfGN0abc"),
        ("token trc_1a2b3c4d_Zm9vYmFyYmF6cXV4cXV1eA in use", "trc_1a2b3c4d_Zm9vYmFyYmF6cXV4cXV1eA"),
        ("client_secret: s3cr3t-value-here", "s3cr3t-value-here"),
        ('"GET /invite/Zm9vYmFyYmF6cXV4cXV1eA/ HTTP/1.1" 200', "Zm9vYmFyYmF6cXV4cXV1eA"),
        ("Not Found: /invite/Zm9vYmFyYmF6cXV4cXV1eA/", "Zm9vYmFyYmF6cXV4cXV1eA"),
        ("http://trace.test/password-reset/MQ/cxk2qn-0a1b2c3d4e5f/", "cxk2qn-0a1b2c3d4e5f"),
        ("GET /password-reset/MQ/cxk2qn-0a1b2c3d4e5f/?next=/", "cxk2qn-0a1b2c3d4e5f"),
    ],
)
def test_redact(text: str, secret: str) -> None:
    cleaned = redact(text)
    assert secret not in cleaned
    assert "[REDACTED]" in cleaned


@pytest.mark.parametrize(
    "text",
    [
        "scan.completed repository=acme/payments findings=12",
        '"GET /password-reset/sent/ HTTP/1.1" 200',
        '"POST /password-reset/MQ/set-password/ HTTP/1.1" 302',
        '"GET /settings/invitations/ HTTP/1.1" 200',
    ],
)
def test_harmless_text_is_kept(text: str) -> None:
    assert redact(text) == text


def test_filter_masks_args_and_extra() -> None:
    record = logging.LogRecord(
        "tracesec.x", logging.INFO, __file__, 1, "using %s", ("password=abc123xyz",), None
    )
    record.detail = "Authorization: Bearer zzzzzzzzzzzz"  # as passed through `extra`
    assert RedactionFilter().filter(record) is True
    assert "abc123xyz" not in record.getMessage()
    assert "zzzzzzzzzzzz" not in record.detail
