"""Find secrets in a byte buffer: keyword prefilter, RE2 regexes, filters, de-duplication.

Works on bytes end to end (no decoding of whole files), so offsets are byte offsets.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Sequence
from dataclasses import dataclass

import re2

from tracesec.engines.errors import RuleError
from tracesec.engines.secrets import filters
from tracesec.engines.secrets.detectors.base import Detector
from tracesec.engines.secrets.detectors.generic import NAME_STOPWORDS
from tracesec.engines.secrets.detectors.registry import DETECTORS
from tracesec.engines.secrets.prefilter import AhoCorasickPrefilter, Prefilter, Re2SetPrefilter

_NAME_AT_START = re.compile(rb"[\s\"'`]*(?:export\s+)?([A-Za-z0-9_.-]+)")


@dataclass(frozen=True, slots=True)
class Hit:
    """One accepted match. ``value`` is the raw secret: it never leaves the secrets package."""

    detector: Detector
    start: int  # byte offsets of the secret in the buffer
    end: int
    value: bytes


def _options() -> re2.Options:
    options = re2.Options()
    options.log_errors = False
    options.max_mem = 64 << 20
    return options


class Matcher:
    def __init__(
        self, detectors: Sequence[Detector] = DETECTORS, prefilter: str = "re2-set"
    ) -> None:
        self.detectors = tuple(detectors)
        self._regexes = []
        options = _options()
        for detector in self.detectors:
            try:
                self._regexes.append(re2.compile(detector.pattern.encode(), options=options))
            except re2.error as exc:
                raise RuleError(f"detector {detector.id}: invalid pattern") from exc
        self._always: list[int] = []
        by_keyword: dict[str, list[int]] = {}
        for index, detector in enumerate(self.detectors):
            if not detector.keywords:
                self._always.append(index)
            for keyword in detector.keywords:
                if keyword != keyword.lower():
                    raise RuleError(f"detector {detector.id}: keywords must be lowercase")
                by_keyword.setdefault(keyword, []).append(index)
        self._priority = {d.id: i for i, d in enumerate(self.detectors)}
        self._prefilter: Prefilter
        if prefilter == "aho-corasick":
            self._prefilter = AhoCorasickPrefilter(by_keyword)
        elif prefilter == "re2-set":
            self._prefilter = Re2SetPrefilter(by_keyword)
        else:
            raise RuleError(f"unknown prefilter {prefilter!r}")

    def candidates(self, data: bytes) -> list[int]:
        """Indexes of detectors whose keywords occur in ``data`` (case-insensitive)."""
        selected = self._prefilter.candidates(data)
        selected.update(self._always)
        return sorted(selected)

    def scan(self, data: bytes) -> list[Hit]:
        hits: list[Hit] = []
        for index in self.candidates(data):
            detector = self.detectors[index]
            for match in self._regexes[index].finditer(data):
                hit = _hit(detector, match)
                if hit is not None and not rejected(detector, hit.value, data, match.start()):
                    hits.append(hit)
        return dedupe(hits, self._priority)


def _hit(detector: Detector, match: re2._Match) -> Hit | None:
    for group in detector.groups:
        value = match.group(group)
        if value:
            start, end = match.span(group)
            if detector.decode_base64:
                decoded = _printable_base64(value)
                if decoded is None:
                    return None
                value = decoded
            return Hit(detector=detector, start=start, end=end, value=value)
    return None


def _printable_base64(value: bytes) -> bytes | None:
    try:
        decoded = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    if not decoded or any(b < 0x20 or b > 0x7E for b in decoded):
        return None
    return decoded


def rejected(detector: Detector, value: bytes, data: bytes, match_start: int) -> str:
    """Why this match is not a secret (``""`` when it is one)."""
    if len(value) < detector.min_length:
        return "too short"
    if detector.yaml_parent and yaml_parent_key(data, match_start) != detector.yaml_parent:
        return f"not under {detector.yaml_parent}:"
    reason = filters.templated(value) or filters.encrypted(value) or filters.known_example(value)
    if reason:
        return reason
    if detector.check_placeholders and (reason := filters.placeholder(value)):
        return reason
    if (
        detector.check_hashes
        and (reason := filters.hash_like(value))
        and not _hex_key_by_name(detector, reason, data, match_start)
    ):
        return reason
    if reason := filters.low_entropy(value, detector.min_entropy):
        return reason
    if detector.check_identifiers and (reason := filters.looks_like_identifier(value)):
        return reason
    if detector.generic:
        return _generic_rejected(value, data, match_start)
    return ""


# Words in a name that say a hex value is a key, not a digest: a signing secret is often
# generated as hex (openssl rand -hex 32), and no one names a checksum "secret".
_KEY_NAME_WORDS = ("secret", "signing", "private", "jwt")


def _hex_key_by_name(detector: Detector, reason: str, data: bytes, match_start: int) -> bool:
    """Whether a generic match's digest-length hex value is a key by its name
    (``TokenSecret = "f449…40ce"``); ``api_key``/``token`` names keep the hash filter."""
    if not detector.generic or reason != "hex digest length":
        return False
    name = _name_at(data, match_start)
    return any(word in name for word in _KEY_NAME_WORDS)


def yaml_parent_key(data: bytes, line_start: int) -> str:
    """The key of the nearest line above ``line_start`` with less indentation (YAML parent)."""
    line_end = data.find(b"\n", line_start)
    line = data[line_start : line_end if line_end >= 0 else len(data)]
    indent = len(line) - len(line.lstrip(b" \t"))
    end = line_start
    while end > 0:
        start = data.rfind(b"\n", 0, end - 1) + 1
        above = data[start:end].rstrip(b"\r\n")
        end = start
        body = above.lstrip(b" \t")
        if not body or body.startswith(b"#"):
            continue
        if len(above) - len(body) < indent:
            key = body.removeprefix(b"- ").split(b":", 1)[0].strip(b" \t\"'")
            return key.decode("utf-8", "replace")
    return ""


def _encoded_placeholder(value: bytes) -> str:
    """``Y2hhbmdlbWU=`` is ``changeme``: a base64-encoded placeholder is still a placeholder."""
    decoded = _printable_base64(value) if len(value) % 4 == 0 else None
    if decoded is None:
        return ""
    reason = filters.templated(decoded) or filters.placeholder(decoded)
    return f"encoded {reason}" if reason else ""


def _name_at(data: bytes, match_start: int) -> str:
    """The lower-case name a generic match starts with (``db_password``), or ""."""
    name_match = _NAME_AT_START.match(data, match_start)
    return name_match.group(1).lower().decode("latin-1") if name_match else ""


def _generic_rejected(value: bytes, data: bytes, match_start: int) -> str:
    name = _name_at(data, match_start)
    if any(word in name for word in NAME_STOPWORDS):
        return "name stop-word"
    reason = (
        filters.public_material(value)
        or filters.looks_like_identifier(value)
        or _encoded_placeholder(value)
    )
    if reason:
        return reason
    has_digit = any(48 <= b <= 57 for b in value)
    mixed_case = value.lower() != value and value.upper() != value
    has_symbol = any(not (chr(b).isalnum()) for b in value)
    if not (has_digit or mixed_case or has_symbol):
        return "plain word"
    return ""


def dedupe(hits: list[Hit], priority: dict[str, int]) -> list[Hit]:
    """One hit per region: overlapping secrets keep the highest-priority detector."""
    ordered = sorted(hits, key=lambda h: (priority[h.detector.id], h.start))
    accepted: list[Hit] = []
    for hit in ordered:
        if any(hit.start < other.end and other.start < hit.end for other in accepted):
            continue
        accepted.append(hit)
    accepted.sort(key=lambda h: (h.start, h.end))
    return accepted
