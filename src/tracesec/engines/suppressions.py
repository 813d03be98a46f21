"""Suppressions that live in the repository: ``trace-ignore`` comments and ``.trace.yml``.

In code, a comment on the finding's line or the line above::

    password = "..."  # trace-ignore: generic-password test fixture, not a credential
    // trace-ignore reviewed: the value is escaped by the template engine

``trace-ignore`` may name the rule or detector it silences (``trace-ignore: <id>``); without
an id it silences every finding on that line. Any comment syntax works (``#``, ``//``,
``/* */``, ``<!-- -->``, ``--``, ``;``): the marker must follow a comment opener, so the
word in a string or an identifier does not count.

At the repository root, ``.trace.yml``::

    version: 1
    ignore:
      - paths: ["tests/**", "docs/*.md"]   # globs; ** crosses directories, \\* is a plain *
        rules: ["python.sqli.string-format"]
        advisories: ["GHSA-xxxx-yyyy-zzzz"]  # or a CVE/other alias
        reason: test fixtures are not shipped
        expires: 2027-01-31                 # optional; after this date it no longer applies
    sast:
      test_code: true   # SAST analyses test code too (left out by default: sast/scope.py)

An entry matches a finding when every selector it has (paths, rules, advisories) matches.
The file is repository text, read as hostile: YAML aliases are refused, at most 200 entries and
1000 patterns are read, and an entry whose only selector is a path matching every file
(``**``) is refused (name the rules or advisories it is for). A ``trace-ignore`` comment never
applies to a secret found only in git history (its line is an old revision's).

A suppression is honoured only with a reason and before its expiry; otherwise the finding stays
open and carries ``extra["suppression_problem"]`` saying why, so nothing is silenced unseen.
A malformed ``.trace.yml`` is reported in ``ScanResult.errors`` and suppresses nothing.
Triage decisions (the dashboard's "ignored") are applied by the dashboard, not here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import yaml

from tracesec.engines.model import Engine, Finding, ScanResult, Suppression
from tracesec.engines.redaction import mask_detected
from tracesec.engines.secrets.engine import default_matcher

CONFIG_PATH = ".trace.yml"
MAX_CONFIG_BYTES = 256 * 1024
# every finding is checked against every entry: keep a hostile file from making that slow
MAX_ENTRIES = 200
MAX_SELECTORS = 1000
PROBLEM_KEY = "suppression_problem"

# A comment opener, optional spaces, the marker, then an optional ": id" and the reason.
_MARKER = re.compile(
    r"(?:#|//|/\*|<!--|--|;)\s*trace-ignore"
    r"(?::\s*(?P<rule>[A-Za-z0-9_.\-/@:]+?))?(?=\s|$|\*/|-->)(?P<reason>.*)$"
)
_CLOSERS = ("*/", "-->")


class ConfigError(ValueError):
    """``.trace.yml`` cannot be used; the message is shown to users."""


@dataclass(frozen=True, slots=True)
class Comment:
    """One ``trace-ignore`` comment."""

    line: int
    rule: str  # "" silences every finding on the line
    reason: str


@dataclass(frozen=True, slots=True)
class ConfigEntry:
    """One entry of ``.trace.yml``'s ``ignore`` list (``index`` counts from 1)."""

    index: int
    paths: tuple[str, ...]
    rules: tuple[str, ...]
    advisories: tuple[str, ...]
    reason: str
    expires: dt.date | None

    def matches(self, finding: Finding) -> bool:
        if self.paths and not any(glob_match(p, finding.location.path) for p in self.paths):
            return False
        if self.rules and not (set(self.rules) & rule_ids(finding)):
            return False
        return not self.advisories or bool(set(self.advisories) & advisory_ids(finding))

    def describe(self) -> str:
        return f"{CONFIG_PATH} entry {self.index}"


def parse_comment(text: str) -> tuple[str, str] | None:
    """``(rule, reason)`` of a ``trace-ignore`` comment in one line of code, else None."""
    match = _MARKER.search(text)
    if match is None:
        return None
    reason = match.group("reason").strip()
    for closer in _CLOSERS:
        reason = reason.split(closer, 1)[0]
    return match.group("rule") or "", reason.strip().lstrip(":").strip()


def rule_ids(finding: Finding) -> set[str]:
    """The ids a suppression may name: the rule, and the rules that reported the same secret."""
    ids = {finding.rule_id}
    for related in finding.extra.get("related", ()) or ():
        if isinstance(related, Mapping) and related.get("rule_id"):
            ids.add(str(related["rule_id"]))
    return ids


def advisory_ids(finding: Finding) -> set[str]:
    if finding.engine is not Engine.SCA:
        return set()
    ids = {finding.rule_id}
    if finding.extra.get("advisory_id"):
        ids.add(str(finding.extra["advisory_id"]))
    ids.update(str(alias) for alias in finding.extra.get("aliases", ()) or ())
    return ids


def glob_match(pattern: str, path: str) -> bool:
    """A repository glob: ``*`` and ``?`` stay in one directory, ``**`` crosses them, a
    backslash makes the character after it plain (``\\*``, ``\\?``, ``\\\\``), and a pattern
    ending in ``/`` names a directory and everything below it."""
    pattern = pattern.strip().lstrip("/")
    if pattern.endswith("/"):
        pattern += "**"
    return _glob_match(pattern, path)


@lru_cache(maxsize=65536)  # a file's findings ask about the same path again and again
def _glob_match(pattern: str, path: str) -> bool:
    tokens = _glob_tokens(pattern)
    if sum(kind in _WILDCARDS for kind, _ in tokens) <= 1:
        # one wildcard cannot backtrack badly: the regex engine is faster
        return _glob_regex(tokens).fullmatch(path) is not None
    if not all(run in path for run in _literal_runs(tokens)):
        return False  # the usual answer, found without stepping through the path
    return _glob_matches(tokens, path)


@lru_cache(maxsize=4096)
def _literal_runs(tokens: tuple[_Token, ...]) -> tuple[str, ...]:
    runs, current = [], ""
    for kind, char in tokens:
        if kind == _LITERAL:
            current += char
        elif current:
            runs.append(current)
            current = ""
    return (*runs, current) if current else tuple(runs)


# Glob tokens. Matching simulates the pattern's automaton one character at a time (time
# linear in path x pattern), because the pattern is repository text: a backtracking regex
# of "*a*a*a...z" or "**/**/**/...z" takes hours on a path that does not match.
_LITERAL, _ONE, _STAR, _ANY, _DIRS = range(5)  # c, ?, *, ** and **/ ("(?:.*/)?")
_WILDCARDS = (_STAR, _ANY, _DIRS)
_Token = tuple[int, str]


@lru_cache(maxsize=4096)
def _glob_tokens(pattern: str) -> tuple[_Token, ...]:
    tokens: list[_Token] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\" and i + 1 < len(pattern):
            token, i = (_LITERAL, pattern[i + 1]), i + 2
        elif pattern.startswith("**/", i):
            token, i = (_DIRS, ""), i + 3
        elif pattern.startswith("**", i):
            token, i = (_ANY, ""), i + 2
        elif pattern[i] == "*":
            token, i = (_STAR, ""), i + 1
        elif pattern[i] == "?":
            token, i = (_ONE, ""), i + 1
        else:
            token, i = (_LITERAL, pattern[i]), i + 1
        if token[0] in _WILDCARDS and tokens and tokens[-1] == token:
            continue  # "**/**/" is "**/", "***" is "**"
        tokens.append(token)
    return tuple(tokens)


def _glob_matches(tokens: tuple[_Token, ...], path: str) -> bool:
    # a state is 2*i ("at token i") or 2*i+1 ("inside the **/ of token i, past its start")
    end = 2 * len(tokens)
    states = _skip_empty(tokens, {0})
    for char in path:
        following: set[int] = set()
        for state in states:
            if state == end:
                continue
            kind, literal = tokens[state // 2]
            if kind == _LITERAL:
                if char == literal:
                    following.add(state + 2 - state % 2)
            elif kind == _ONE:
                if char != "/":
                    following.add(state + 2)
            elif kind == _STAR:
                if char != "/":
                    following.add(state)
            elif kind == _ANY:
                following.add(state)
            else:  # _DIRS: any characters up to and including a "/"
                following.add(state | 1)
                if char == "/":
                    following.add(state - state % 2 + 2)
        if not following:
            return False
        states = _skip_empty(tokens, following)
    return end in states


_REGEX = {_ONE: "[^/]", _STAR: "[^/]*", _ANY: ".*", _DIRS: "(?:.*/)?"}


@lru_cache(maxsize=4096)
def _glob_regex(tokens: tuple[_Token, ...]) -> re.Pattern[str]:
    return re.compile(
        "".join(re.escape(c) if kind == _LITERAL else _REGEX[kind] for kind, c in tokens),
        re.DOTALL,
    )


def _skip_empty(tokens: tuple[_Token, ...], states: set[int]) -> set[int]:
    """``states`` plus those reached by letting wildcards match nothing."""
    result = set(states)
    pending = [s for s in states if s % 2 == 0]
    while pending:
        state = pending.pop()
        wildcard = state // 2 < len(tokens) and tokens[state // 2][0] in _WILDCARDS
        if wildcard and state + 2 not in result:
            result.add(state + 2)
            pending.append(state + 2)
    return result


def _matches_every_file(pattern: str) -> bool:
    """Only wildcards, and across directories: ``**``, ``**/*`` and the like."""
    tokens = _glob_tokens(pattern.strip().lstrip("/"))
    return all(kind in _WILDCARDS for kind, _ in tokens) and glob_match(pattern, "a/b.c")


class _NoAliasLoader(yaml.SafeLoader):
    """YAML without aliases: ``*name`` would let a small file expand to millions of
    patterns, each checked against every finding."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise ConfigError(f"YAML aliases (*name) are not allowed (line {mark.line + 1})")
        return super().compose_node(parent, index)


@dataclass(frozen=True, slots=True)
class RepositoryConfig:
    """The repository's ``.trace.yml``, parsed once per scan: the scope it asks for before the
    engines run, and its suppressions after."""

    entries: tuple[ConfigEntry, ...] = ()
    sast_test_code: bool = False
    # why the file was refused ("" when it is absent or valid); a refused file applies nothing
    error: str = ""


def read_config(read: Reader) -> RepositoryConfig:
    """The ``.trace.yml`` among the scanned files (``read`` as in ``apply``)."""
    content = read(CONFIG_PATH)
    if content is None:
        return RepositoryConfig()
    try:
        data = _load_document(content)
        return RepositoryConfig(entries=_entries(data), sast_test_code=_sast_test_code(data))
    except ConfigError as exc:
        # the message quotes the file's keys and values: mask a credential pasted there
        message = mask_detected(str(exc), default_matcher())
        return RepositoryConfig(
            error=f"{CONFIG_PATH}: {message}; none of its suppressions were applied"
        )


def load_config(content: bytes) -> tuple[ConfigEntry, ...]:
    """Parses ``.trace.yml``; raises ``ConfigError`` naming what is wrong and where."""
    return _entries(_load_document(content))


def _entries(data: dict[str, Any]) -> tuple[ConfigEntry, ...]:
    items = data.get("ignore") or []
    if not isinstance(items, list):
        raise ConfigError("'ignore' must be a list")
    if len(items) > MAX_ENTRIES:
        raise ConfigError(
            f"'ignore' has {len(items)} entries; at most {MAX_ENTRIES} entries are read"
        )
    entries = tuple(_entry(index, item) for index, item in enumerate(items, start=1))
    selectors = sum(len(e.paths) + len(e.rules) + len(e.advisories) for e in entries)
    if selectors > MAX_SELECTORS:
        raise ConfigError(
            f"{selectors} paths, rules and advisories; at most {MAX_SELECTORS} patterns are read"
        )
    return entries


def _sast_test_code(data: dict[str, Any]) -> bool:
    return bool((data.get("sast") or {}).get("test_code", False))


def _load_document(content: bytes) -> dict[str, Any]:
    if len(content) > MAX_CONFIG_BYTES:
        raise ConfigError(f"file too large ({len(content)} bytes, limit {MAX_CONFIG_BYTES})")
    try:
        data = yaml.load(content.decode("utf-8"), Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader
    except UnicodeDecodeError:
        raise ConfigError("not valid UTF-8") from None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" at line {where.line + 1}" if where is not None else ""
        raise ConfigError(f"not valid YAML{at}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError("the document must be a mapping with an 'ignore' list")
    unknown = set(data) - {"version", "ignore", "sast"}
    if unknown:
        raise ConfigError(f"unknown key(s): {', '.join(sorted(map(str, unknown)))}")
    if data.get("version", 1) != 1:
        raise ConfigError(f"unsupported version {data.get('version')!r} (this Trace reads 1)")
    sast = data.get("sast")
    if sast is not None:
        if not isinstance(sast, dict) or set(sast) - {"test_code"}:
            raise ConfigError("'sast' must be a mapping with only 'test_code: true|false'")
        if not isinstance(sast.get("test_code", False), bool):
            raise ConfigError("'sast: test_code' must be true or false")
    return data


def _entry(index: int, item: Any) -> ConfigEntry:
    where = f"ignore entry {index}"
    if not isinstance(item, dict):
        raise ConfigError(f"{where} must be a mapping")
    unknown = set(item) - {"paths", "rules", "advisories", "reason", "expires"}
    if unknown:
        raise ConfigError(f"{where}: unknown key(s): {', '.join(sorted(map(str, unknown)))}")
    selectors = {key: _strings(item.get(key), f"{where}: '{key}'") for key in _SELECTORS}
    if not any(selectors.values()):
        raise ConfigError(f"{where} needs at least one of paths, rules, advisories")
    if not (selectors["rules"] or selectors["advisories"]):
        everything = [p for p in selectors["paths"] if _matches_every_file(p)]
        if everything:
            raise ConfigError(
                f"{where}: path {everything[0]!r} matches every file; "
                "name the rules or advisories it is for"
            )
    reason = item.get("reason") or ""
    if not isinstance(reason, str):
        raise ConfigError(f"{where}: 'reason' must be text")
    return ConfigEntry(
        index=index,
        paths=selectors["paths"],
        rules=selectors["rules"],
        advisories=selectors["advisories"],
        reason=reason.strip(),
        expires=_date(item.get("expires"), where),
    )


_SELECTORS = ("paths", "rules", "advisories")


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _date(value: Any, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(f"{where}: 'expires' must be a date (YYYY-MM-DD)") from None


Reader = Callable[[str], bytes | None]


def apply(
    result: ScanResult,
    read: Reader,
    *,
    repository: RepositoryConfig | None = None,
    in_code: bool = True,
    today: dt.date | None = None,
) -> ScanResult:
    """``result`` with repository suppressions applied (``read`` gives a scanned file's bytes,
    None when it is not part of the scan; ``repository`` is its ``.trace.yml`` when the caller
    has read it already). Findings already suppressed are left as they are."""
    today = today or dt.datetime.now(dt.UTC).date()
    repository = read_config(read) if repository is None else repository
    errors = list(result.errors)
    if repository.error:
        errors.append(repository.error)
    comments = _CommentIndex(read)
    findings = tuple(
        _masked(_decide(f, repository.entries, comments, in_code=in_code, today=today))
        for f in result.findings
    )
    if findings == result.findings and len(errors) == len(result.errors):
        return result
    return dataclasses.replace(result, findings=findings, errors=tuple(errors))


def _masked(finding: Finding) -> Finding:
    """A reason is repository text too: a credential quoted in it (``trace-ignore the old
    token ghp_... was revoked``) is masked like any other before it leaves the library."""
    suppression = finding.suppression
    if suppression is None or suppression.source not in ("code", "config"):
        return finding
    masked = mask_detected(suppression.justification, default_matcher())
    if masked == suppression.justification:
        return finding
    return dataclasses.replace(
        finding, suppression=dataclasses.replace(suppression, justification=masked)
    )


def _decide(
    finding: Finding,
    entries: Sequence[ConfigEntry],
    comments: _CommentIndex,
    *,
    in_code: bool,
    today: dt.date,
) -> Finding:
    if finding.suppression is not None:
        return finding
    problems: list[str] = []
    # a history-only secret's line is in an old revision: today's comments are about other code
    in_tree = not finding.extra.get("history_only")
    near = comments.near(finding.location.path, finding.location.start_line) if in_tree else []
    for comment in near:
        if comment.rule and comment.rule not in rule_ids(finding):
            continue
        where = f"trace-ignore at {finding.location.path}:{comment.line}"
        if not in_code:
            problems.append(f"{where} not honoured: in-code suppressions are disabled")
            break
        if not comment.reason:
            problems.append(f"{where} has no reason; not honoured")
            continue
        return dataclasses.replace(
            finding,
            suppression=Suppression(comment.reason, "code", finding.location.path, comment.line),
        )
    for entry in entries:
        if not entry.matches(finding):
            continue
        if not entry.reason:
            problems.append(f"{entry.describe()} has no reason; not honoured")
            continue
        if entry.expires is not None and entry.expires < today:
            problems.append(f"{entry.describe()} expired on {entry.expires.isoformat()}")
            continue
        return dataclasses.replace(
            finding,
            suppression=Suppression(
                justification=entry.reason,
                source="config",
                path=CONFIG_PATH,
                line=entry.index,
                expires=entry.expires.isoformat() if entry.expires else "",
            ),
        )
    if not problems:
        return finding
    return dataclasses.replace(finding, extra={**finding.extra, PROBLEM_KEY: "; ".join(problems)})


class _CommentIndex:
    """``trace-ignore`` comments of the scanned files, read once per file on demand."""

    def __init__(self, read: Reader) -> None:
        self._read = read
        self._by_path: dict[str, dict[int, Comment]] = {}

    def near(self, path: str, line: int) -> list[Comment]:
        """The comments on ``line`` and on the line above, nearest first."""
        found = self._comments(path)
        return [found[n] for n in (line, line - 1) if n in found]

    def _comments(self, path: str) -> dict[int, Comment]:
        if path not in self._by_path:
            self._by_path[path] = dict(_scan_comments(self._read(path) or b""))
        return self._by_path[path]


def _scan_comments(content: bytes) -> Iterable[tuple[int, Comment]]:
    if b"trace-ignore" not in content:
        return
    for number, raw in enumerate(content.split(b"\n"), start=1):
        if b"trace-ignore" not in raw:
            continue
        parsed = parse_comment(raw.decode("utf-8", errors="replace"))
        if parsed is not None:
            yield number, Comment(line=number, rule=parsed[0], reason=parsed[1])


def glob_escape(path: str) -> str:
    """A glob that matches ``path`` and nothing else (a file may be named ``a*.py``)."""
    return re.sub(r"([\\*?])", r"\\\1", path)


def config_snippet(
    *,
    engine: str,
    rule_id: str,
    path: str,
    advisory_id: str = "",
    reason: str,
    expires: dt.date | None = None,
) -> str:
    """The ``.trace.yml`` text that suppresses one finding in the repository (the dashboard
    offers it when a finding is ignored there). SCA findings are named by advisory and
    manifest, the others by rule and file; ``load_config`` reads the text back."""
    entry: dict[str, Any] = {"paths": [glob_escape(path)]}
    if engine == Engine.SCA.value and advisory_id:
        entry["advisories"] = [advisory_id]
    else:
        entry["rules"] = [rule_id]
    entry["reason"] = reason or "(say why this finding is not a problem)"
    if expires is not None:
        entry["expires"] = expires.isoformat()
    body = yaml.safe_dump({"ignore": [entry]}, sort_keys=False, allow_unicode=True, width=1000)
    return f"# {CONFIG_PATH} at the repository root\nversion: 1\n{body}"
