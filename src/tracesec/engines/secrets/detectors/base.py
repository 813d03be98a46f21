"""A detector is data: what a credential looks like, how to find it cheaply, and examples.

``pattern`` is RE2 syntax, matched against raw bytes; the secret is the first capture group
among ``groups`` that participated. ``keywords`` (lowercase) feed the Aho-Corasick prefilter:
a detector's regex only runs on files containing at least one of them.

Examples are lines that must yield exactly one finding of this detector; counter-examples
must yield none. Example secrets are generated (``fake``) rather than written out, so this
source tree holds no credential-shaped literals for push protection or our own scan to trip on.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from tracesec.engines.model import Severity

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
LOWER_DIGITS = "abcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


# A value given as the fallback of an environment lookup is hard-coded all the same, and ships
# wherever the variable is unset: process.env.X || "v", process.env.X ?? "v",
# os.getenv("X", "v"), os.environ.get("X", "v"), env('X', 'v') (Laravel), getEnv("X", "v"),
# os.environ.get("X") or "v". Used after a credential's name and its `=` or `:`.
ENV_FALLBACK = (
    r"(?:process\.env\.[A-Za-z_][A-Za-z0-9_]*[ \t]*(?:\|\||\?\?)[ \t]*"
    r"|[A-Za-z_.]{0,30}(?:getenv|environ\.get|env)\([ \t]*[\"'][A-Za-z0-9_.-]{1,80}[\"'][ \t]*"
    r"(?:,[ \t]*|\)[ \t]+or[ \t]+))"
)


def fake(prefix: str, length: int, alphabet: str = ALNUM, seed: str = "") -> str:
    """A deterministic random-looking token: ``prefix`` + ``length`` chars of ``alphabet``."""
    out: list[str] = []
    counter = 0
    while len(out) < length:
        block = hashlib.sha256(f"{seed}|{prefix}|{counter}".encode()).digest()
        out.extend(alphabet[b % len(alphabet)] for b in block)
        counter += 1
    return prefix + "".join(out[:length])


@dataclass(frozen=True, slots=True)
class Detector:
    id: str
    title: str
    pattern: str
    keywords: tuple[str, ...]
    severity: Severity = Severity.HIGH
    groups: tuple[int, ...] = (1,)
    min_entropy: float = 3.0  # bits per character of the secret group
    min_length: int = 8
    confidence: str = "high"
    generic: bool = False  # loses to any specific detector on the same value
    check_placeholders: bool = True
    check_hashes: bool = False
    check_identifiers: bool = False  # assignment shapes: reject ``settings.X``, ``env(...)``
    # The matched text is base64 (Kubernetes ``Secret`` ``data:``): the decoded value is the
    # secret, judged by the filters and hashed; text that does not decode to printable ASCII
    # is not a finding.
    decode_base64: bool = False
    # The match must sit under this YAML key: the nearest line above it with less indentation
    # is ``<yaml_parent>:`` (Kubernetes ``data:`` vs ``stringData:`` decide how a value is read).
    yaml_parent: str = ""
    remediation: str = (
        "Revoke the credential with its provider, rotate it, and load it from a secret store."
    )
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
