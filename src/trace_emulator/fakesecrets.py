"""Deterministic FAKE credentials for fixture repositories.

Fixture files carry placeholders like `@@FAKE:aws_access_key_id@@`; the real-looking (but
never real) values are assembled here at build time, from pieces, so the emulator's own source
tree holds no secret-shaped strings that a scanner would flag.
"""

from __future__ import annotations

import base64
import hashlib
import re
import zlib

_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_PLACEHOLDER = re.compile(rb"@@FAKE:([a-z0-9_]+)(?::([A-Za-z0-9_-]+))?@@")


def _stream(label: str, n: int) -> bytes:
    out = b""
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(f"trace-emulator-fake/{label}/{counter}".encode()).digest()
        counter += 1
    return out[:n]


def _chars(label: str, n: int, alphabet: str) -> str:
    return "".join(alphabet[b % len(alphabet)] for b in _stream(label, n))


def _base62(num: int, width: int) -> str:
    digits = []
    while num:
        num, rem = divmod(num, 62)
        digits.append(_ALNUM[rem])
    return "".join(reversed(digits)).rjust(width, "0")


def _github_pat(label: str) -> str:
    body = _chars(label, 30, _ALNUM)
    # Real GitHub tokens end in a base62 CRC32 of the random part; mimic the format.
    return "gh" + "p_" + body + _base62(zlib.crc32(body.encode()), 6)


def _pem(label: str) -> str:
    body = base64.b64encode(b"\x30\x82\x04\xa4\x02\x01\x00" + _stream(label, 1184)).decode()
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    kind = "RSA " + "PRIVATE KEY"
    return "-----BEGIN " + kind + "-----\n" + "\n".join(lines) + "\n-----END " + kind + "-----"


def fake_value(kind: str, label: str = "default") -> str:
    key = f"{kind}/{label}"
    upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    if kind == "aws_access_key_id":
        return "AK" + "IA" + _chars(key, 16, upper)
    if kind == "aws_secret_access_key":
        return _chars(key, 40, _ALNUM + "+/")
    if kind == "stripe_live_secret":
        return "sk" + "_live_" + _chars(key, 24, _ALNUM)
    if kind == "slack_bot_token":
        digits = "0123456789"
        return (
            "xo"
            + "xb-"
            + _chars(key + "a", 12, digits)
            + "-"
            + _chars(key + "b", 13, digits)
            + "-"
            + _chars(key + "c", 24, _ALNUM)
        )
    if kind == "github_pat":
        return _github_pat(key)
    if kind == "rsa_private_key":
        return _pem(key)
    if kind == "password":
        return _chars(key, 20, _ALNUM)
    raise ValueError(f"unknown fake secret kind: {kind}")


def substitute(content: bytes) -> bytes:
    def repl(m: re.Match[bytes]) -> bytes:
        label = (m.group(2) or b"default").decode()
        return fake_value(m.group(1).decode(), label).encode()

    return _PLACEHOLDER.sub(repl, content)
