"""Line-independent finding identities (versioned), so triage survives code moves.

- SAST:    ``sast/v1|rule_id|path|whitespace-collapsed matched code|ordinal``
- Secrets: ``secret/v1|rule_id|path|sha256(secret)``
- SCA:     ``sca/v1|ecosystem|normalized name|version|canonical advisory id|manifest path``

The ordinal disambiguates identical (rule, path, code) triples in one file, counted in
file order, so two identical bad lines stay two findings.
"""

from __future__ import annotations

import hashlib
import re

_WHITESPACE = re.compile(r"\s+")


def _digest(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def normalize_code(code: str) -> str:
    return _WHITESPACE.sub(" ", code).strip()


def sast_fingerprint(rule_id: str, path: str, matched_code: str, ordinal: int = 0) -> str:
    return _digest("sast/v1", rule_id, path, normalize_code(matched_code), str(ordinal))


def secret_fingerprint(rule_id: str, path: str, secret_sha256: str) -> str:
    return _digest("secret/v1", rule_id, path, secret_sha256)


def sca_fingerprint(
    ecosystem: str, name: str, version: str, advisory_id: str, manifest_path: str
) -> str:
    return _digest("sca/v1", ecosystem, name, version, advisory_id, manifest_path)
