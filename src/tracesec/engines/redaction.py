"""The one redaction step every finding of every engine passes before it leaves the library.

Secret values are masked exactly as the Secrets engine masks its own (``secrets.redact.mask``):

- the literal matched by a credential rule (a SAST rule with ``trace-credential-literal``
  metadata, whose match is the literal itself) is masked where SAST builds its findings, in
  that finding and in every other SAST finding of the file (another rule's match on the same
  line, a trace step), because only there is the matched text at hand;
- every secret the Secrets engine found in a file, and every credential literal a SAST rule
  matched there, is masked in every other finding of that file (``redact_file``) and in the
  context lines around them (``context``). Findings never carry raw values, so the values are
  read back from the file at the finding's location and accepted only if their SHA-256 is the
  finding's.

- every credential the Secrets detectors recognise in a SAST finding's own text is masked by
  ``redact_detected`` before the SAST runner returns (and so before its result cache stores
  anything), even when the Secrets engine is not run or did not finish that file.

``redact_file`` works on one file's findings (all engines) and its bytes, so a per-file result
cache can store results that are already redacted. It also keeps one credential to one finding:
a credential-rule finding on the line of a Secrets finding is folded into that Secrets finding,
whose ``extra["related"]`` keeps the rule's id, title, explanation and CWE.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from tracesec.engines.model import DATAFLOW, Engine, Finding
from tracesec.engines.secrets.matcher import Matcher
from tracesec.engines.secrets.redact import mask

# extra key set on SAST findings whose matched text is a credential literal
CREDENTIAL_LITERAL = "credential_literal"
# extra key of a Secrets finding: what other engines reported for the same credential
RELATED = "related"
# pieces shorter than this are not masked: they cannot identify a secret and would garble text
MIN_PIECE = 4


def _pieces(value: bytes) -> list[str]:
    """The parts of a value that may appear in text: the whole value and, for a multi-line
    value such as a PEM key, each of its lines (a snippet may hold only some of them)."""
    text = value.decode("utf-8", "replace")
    pieces = [text] if "\n" in text else []
    pieces += [line.strip() for line in text.splitlines()]
    return sorted({p for p in pieces if len(p) >= MIN_PIECE}, key=len, reverse=True)


def mask_text(text: str, values: Iterable[bytes]) -> str:
    """``text`` with every occurrence of every value (or line of a value) masked."""
    for value in values:
        for piece in _pieces(value):
            if piece in text:
                text = text.replace(piece, mask(piece.encode()))
    return text


def map_texts(finding: Finding, change: Callable[[str], str]) -> Finding:
    """The finding with ``change`` applied to every text that may quote code: title, message,
    snippet and the code of its taint steps (the one list of them, for every masking)."""
    title, message = change(finding.title), change(finding.message)
    snippet = change(finding.snippet)
    steps = finding.extra.get(DATAFLOW) or []
    masked_steps = [{**step, "code": change(str(step.get("code", "")))} for step in steps]
    if (title, message, snippet, masked_steps) == (
        finding.title,
        finding.message,
        finding.snippet,
        list(steps),
    ):
        return finding
    extra = {**finding.extra, DATAFLOW: masked_steps} if steps else finding.extra
    return replace(finding, title=title, message=message, snippet=snippet, extra=extra)


def redact_finding(finding: Finding, values: Sequence[bytes]) -> Finding:
    """The finding with ``values`` masked in every text that may quote code."""
    if not values:
        return finding
    return map_texts(finding, lambda text: mask_text(text, values))


def credential_extra(literal: bytes) -> dict[str, Any]:
    """What a credential-rule finding keeps of its literal: the same identity and preview the
    Secrets engine keeps of a secret, never the value."""
    return {
        CREDENTIAL_LITERAL: True,
        "secret_sha256": hashlib.sha256(literal).hexdigest(),
        "masked_preview": mask(literal),
    }


def _line_offsets(data: bytes) -> list[int]:
    offsets = [0]
    at = data.find(b"\n")
    while at != -1:
        offsets.append(at + 1)
        at = data.find(b"\n", at + 1)
    return offsets


def secret_values(data: bytes, secrets: Iterable[Finding]) -> list[bytes]:
    """The raw values of the Secrets findings, read back from the file they were found in.

    Columns of Secrets findings are byte columns. A value whose SHA-256 differs from the
    finding's (a history-only secret, a file changed since) is not returned.
    """
    offsets: list[int] | None = None
    values: list[bytes] = []
    for finding in secrets:
        expected = finding.extra.get("secret_sha256")
        loc = finding.location
        if not expected:
            continue
        if offsets is None:
            offsets = _line_offsets(data)
        if not (1 <= loc.start_line <= loc.end_line <= len(offsets)):
            continue
        start = offsets[loc.start_line - 1] + loc.start_column - 1
        end = offsets[loc.end_line - 1] + loc.end_column - 1
        value = data[start:end]
        if not _has_hash(value, expected):
            # SAST columns count characters: after a non-ASCII character they are not bytes
            value = _by_characters(data, offsets, loc.start_line, loc.start_column, loc.end_column)
        if _has_hash(value, expected):
            values.append(value)
    return values


def _has_hash(value: bytes, sha256: str) -> bool:
    return bool(value) and hashlib.sha256(value).hexdigest() == sha256


def _by_characters(
    data: bytes, offsets: Sequence[int], line: int, start_column: int, end_column: int
) -> bytes:
    """The bytes between two character columns of one line (b"" if they do not fit)."""
    end_of_line = offsets[line] - 1 if line < len(offsets) else len(data)
    text = data[offsets[line - 1] : end_of_line].decode("utf-8", "replace")
    if not (1 <= start_column < end_column <= len(text) + 1):
        return b""
    return text[start_column - 1 : end_column - 1].encode("utf-8")


def _related(finding: Finding) -> dict[str, Any]:
    return {
        "engine": finding.engine.value,
        "rule_id": finding.rule_id,
        "title": finding.title,
        "message": finding.message,
        "cwe": list(finding.cwe),
        "fingerprint": finding.fingerprint,
    }


def _same_credential(credential: Finding, secrets: Sequence[Finding]) -> Finding | None:
    """The Secrets finding a credential-rule finding reports again: the same value if its hash
    matches, else the secret on the same line (one line holds one assignment)."""
    on_line = [
        s
        for s in secrets
        if not s.extra.get("history_only")  # its line numbers are from an older commit
        and s.location.start_line <= credential.location.start_line <= s.location.end_line
    ]
    sha = credential.extra.get("secret_sha256")
    for secret in on_line:
        if sha and secret.extra.get("secret_sha256") == sha:
            return secret
    return on_line[0] if on_line else None


def holds_secret(finding: Finding) -> bool:
    """Whether the finding's location is a secret value: a Secrets finding, or the literal a
    credential rule matched. Its value is masked wherever else the file's code is quoted."""
    return finding.engine == Engine.SECRETS or bool(finding.extra.get(CREDENTIAL_LITERAL))


def redact_file(data: bytes | None, findings: Sequence[Finding]) -> list[Finding]:
    """One file's findings (any engines) as they may leave the library.

    ``data`` is the file's content as the engines read it (``None`` when it cannot be read:
    then only the folding happens, and nothing is unmasked since Secrets findings are masked
    by their engine and credential literals by SAST).
    """
    holders = [f for f in findings if holds_secret(f)]
    if not holders:
        return list(findings)
    values = secret_values(data, holders) if data is not None else []
    secrets = [f for f in findings if f.engine == Engine.SECRETS]
    related: dict[str, list[dict[str, Any]]] = {}
    others: list[Finding] = []
    for finding in findings:
        if finding.engine == Engine.SECRETS:
            continue
        finding = redact_finding(finding, values)
        target = (
            _same_credential(finding, secrets) if finding.extra.get(CREDENTIAL_LITERAL) else None
        )
        if target is None:
            others.append(finding)
        else:
            related.setdefault(target.fingerprint, []).append(_related(finding))
    folded = [
        replace(s, extra={**s.extra, RELATED: related[s.fingerprint]})
        if s.fingerprint in related
        else s
        for s in secrets
    ]
    return folded + others


def redact_findings(
    findings: Sequence[Finding], read: Callable[[str], bytes | None]
) -> list[Finding]:
    """Every finding of a scan through ``redact_file``, grouped by file (folded credential
    findings drop out). ``read(path)`` returns a file's bytes; it is called only for files with
    a secret (a Secrets finding or a credential literal) and another finding."""
    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        by_path.setdefault(finding.location.path, []).append(finding)
    result: list[Finding] = []
    for path, group in by_path.items():
        if len(group) > 1 and any(holds_secret(f) for f in group):
            result.extend(redact_file(read(path), group))
        else:
            result.extend(group)
    return _redact_quoted_files(result, by_path, read)


def _redact_quoted_files(
    findings: list[Finding],
    by_path: Mapping[str, Sequence[Finding]],
    read: Callable[[str], bytes | None],
) -> list[Finding]:
    """A taint trace through a helper of another file quotes the caller's code: the secrets
    of every file a finding's trace quotes are masked there too."""
    values: dict[str, list[bytes]] = {}
    out: list[Finding] = []
    for finding in findings:
        quoted = {
            str(step.get("path"))
            for step in finding.extra.get(DATAFLOW) or ()
            if isinstance(step, Mapping) and step.get("code")
        } - {finding.location.path}
        masked: list[bytes] = []
        for path in sorted(quoted):
            if path not in values:
                holders = [f for f in by_path.get(path, ()) if holds_secret(f)]
                data = read(path) if holders else None
                values[path] = secret_values(data, holders) if data is not None else []
            masked.extend(values[path])
        out.append(redact_finding(finding, masked) if masked else finding)
    return out


def mask_detected(text: str, matcher: Matcher) -> str:
    """``text`` with every value the Secrets detectors recognise in it masked."""
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


def redact_detected(findings: Iterable[Finding], matcher: Matcher) -> list[Finding]:
    """The findings with every recognisable credential masked in every text that may quote
    code (title, message, snippet, taint steps)."""
    return [map_texts(finding, lambda text: mask_detected(text, matcher)) for finding in findings]
