"""``CODEOWNERS`` files, GitHub and Bitbucket syntax: who owns a path.

Where the file is looked for, first found wins:

- GitHub reads ``.github/CODEOWNERS``, then ``CODEOWNERS``, then ``docs/CODEOWNERS``;
- Bitbucket Cloud's own code owners read ``.bitbucket/CODEOWNERS``; the Code Owners app for
  Bitbucket (and Bitbucket Data Center) also reads ``CODEOWNERS`` at the root.

Each rule is a path pattern and its owners; for one path the **last** matching rule wins, and a
rule without owners leaves the path without owners. Patterns are gitignore-like: ``*`` and ``?``
stay within a directory, ``**`` crosses directories (``**/x``, ``x/**``, ``a/**/b``), a leading
or inner ``/`` anchors the pattern at the root (otherwise it matches at any depth), and a
pattern naming a directory owns everything beneath it (a trailing ``/`` matches directories
only). As GitHub documents, ``docs/*`` owns the files directly in ``docs``, not deeper ones.
``!`` negation and ``[...]`` ranges are in neither syntax and are taken literally.

Owners:

- ``@user`` (a GitHub or Bitbucket username), ``@org/team`` (a GitHub team; in Bitbucket Cloud
  ``@workspace/group`` or ``@teams/<name>`` from ``teams.yaml``, optionally followed by a
  reviewer selector ``:all``, ``:random(N)`` or ``:least_busy(N)``, kept as ``selector``);
- an email address (``dana@example.com``; ``@dana@example.com`` is read as the same);
- Bitbucket Data Center / the Code Owners app: ``@"Display Name"`` (a user by display name),
  ``@@group`` / ``@@"Group Name"`` (a group); a ``@@@Name owners...`` line defines a group used
  as ``@@Name`` and is expanded; merge-check lines (``Check(...)``, ``OverallCheck(...)``) and
  ``CODEOWNERS.*`` settings are not ownership and are skipped.

Comments start with ``#`` (whole line or after the owners); ``\\#`` starts a pattern with ``#``;
a pattern with spaces is quoted (``"a dir/*"``) or escaped (``a\\ dir/*``).

The file comes from the scanned repository, so it is hostile input: a file over
:data:`MAX_BYTES` or with more than :data:`MAX_RULES` rules is not used at all (cutting it would
change which rule is last), over-long lines and patterns are skipped, owners per rule and group
expansion are capped, and every pattern is matched with RE2 (linear time, one ``Set`` pass per
path). Problems are reported, never raised.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import re2

MAX_BYTES = 3 * 1024 * 1024  # GitHub does not read a CODEOWNERS file of 3 MB or more
MAX_RULES = 10_000
MAX_LINE = 4096
MAX_PATTERN = 1024
MAX_WILDCARDS = 32  # per pattern; real ones have a few
MAX_OWNERS = 50
MAX_PROBLEMS = 20

GITHUB_LOCATIONS = (".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS")
BITBUCKET_LOCATIONS = (".bitbucket/CODEOWNERS", "CODEOWNERS")


def locations(provider: str) -> tuple[str, ...]:
    """Where ``provider`` looks for the file, in order (unknown: both providers' places)."""
    if provider == "github":
        return GITHUB_LOCATIONS
    if provider == "bitbucket":
        return BITBUCKET_LOCATIONS
    return (".github/CODEOWNERS", ".bitbucket/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS")


@dataclass(frozen=True)
class Owner:
    """One owner as written (``text``) and what it names: ``kind`` is "user", "team",
    "email", "name" (a display name) or "group"; ``value`` is the name without ``@``, quotes or
    selector (emails lower-cased)."""

    text: str
    kind: str
    value: str
    selector: str = ""


@dataclass(frozen=True)
class Rule:
    line: int
    pattern: str
    owners: tuple[Owner, ...]


@dataclass
class CodeOwners:
    """A parsed file. ``owner_rule(path)`` is the rule that decides ``path``'s owners."""

    source: str
    rules: tuple[Rule, ...] = ()
    problems: list[str] = field(default_factory=list)
    _set: Any = field(default=None, repr=False)
    _indexes: tuple[int, ...] = field(default=(), repr=False)
    _compiled: bool = field(default=False, repr=False)

    def problem(self, text: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(text)

    def owner_rule(self, path: str) -> Rule | None:
        if not self.rules:
            return None
        if not self._compiled:
            self._compile()
        if self._set is None:
            return None
        try:
            matched = self._set.Match(path.lstrip("/"))
        except UnicodeEncodeError:  # a name that is not valid UTF-8 (surrogate escapes)
            matched = self._set.Match(path.lstrip("/").encode("utf-8", "replace").decode())
        if not matched:
            return None
        return self.rules[self._indexes[max(matched)]]

    def owner_rules(self, paths: Iterable[str]) -> dict[str, Rule]:
        """The deciding rule of each path that has one."""
        found: dict[str, Rule] = {}
        for path in paths:
            rule = self.owner_rule(path)
            if rule is not None:
                found[path] = rule
        return found

    def _compile(self) -> None:
        self._set = re2.Set.FullMatchSet(_options())
        indexes: list[int] = []
        for index, rule in enumerate(self.rules):
            try:
                self._set.Add(pattern_regex(rule.pattern))
            except re2.error:
                self.problem(f"line {rule.line}: pattern {rule.pattern!r} cannot be matched")
                continue
            indexes.append(index)
        self._compiled = True
        try:
            self._set.Compile()
        except re2.error:  # over the memory budget: no owners rather than a stuck scan
            self.problem("the patterns are too many or too complex to match: no owners used")
            self._set = None
        self._indexes = tuple(indexes)


def _options() -> Any:
    options = re2.Options()
    options.log_errors = False
    options.max_mem = 64 << 20
    return options


# ---------------------------------------------------------------------------- patterns


def pattern_regex(pattern: str) -> str:
    """The RE2 regex that fully matches the file paths ``pattern`` owns."""
    directory_only = pattern.endswith("/")
    body = pattern.rstrip("/") or "**"
    anchored = body.startswith("/") or "/" in body.rstrip("/")
    body = body.lstrip("/")
    if body.startswith("**/"):
        prefix, body = "(?:.*/)?", body[3:]
    elif body == "**":
        return ".+"
    else:
        prefix = "" if anchored else "(?:.*/)?"
    if body.endswith("/**"):
        return prefix + _glob(body[:-3]) + "/.+"
    # a directory owns what is beneath it; a last segment with a wildcard (``docs/*``) names
    # files directly in place only, as GitHub documents (not gitignore's whole directories)
    last = body.rsplit("/", 1)[-1]
    if directory_only:
        beneath = "/.+"
    elif "*" in last or "?" in last:
        beneath = ""
    else:
        beneath = "(?:/.+)?"
    return prefix + _glob(body) + beneath


def _glob(body: str) -> str:
    """gitignore's reading of a glob: ``**`` crosses directories only as ``/**/`` (leading and
    trailing forms are handled by the caller), elsewhere it is a plain ``*``; ``\\`` escapes.
    (``.trace.yml`` globs are Trace's own format, where any ``**`` crosses directories: see
    ``suppressions.glob_match``.)"""
    out: list[str] = []
    i = 0
    while i < len(body):
        if body.startswith("/**/", i):
            out.append("/(?:.*/)?")
            i += 4
        elif body.startswith("**", i):
            out.append("[^/]*")
            i += 2
        elif body[i] == "*":
            out.append("[^/]*")
            i += 1
        elif body[i] == "?":
            out.append("[^/]")
            i += 1
        elif body[i] == "\\" and i + 1 < len(body):
            out.append(re.escape(body[i + 1]))
            i += 2
        else:
            out.append(re.escape(body[i]))
            i += 1
    return "".join(out)


# ---------------------------------------------------------------------------- parsing

_TEAM_SELECTOR = re.compile(r"^(?P<team>[^:]+)(?::(?P<selector>[a-z_]+(?:\(\d{1,4}\))?))?$")
_EMAIL = re.compile(r"^[^@\s\"]+@[^@\s\"]+\.[^@\s\"]+$")
_USER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
_SKIPPED_LINE = re.compile(r"^(?:Check|OverallCheck)\s*\(|^CODEOWNERS\.")


def parse(content: bytes | str, source: str = "CODEOWNERS") -> CodeOwners:
    """Parse a CODEOWNERS file of either syntax; problems are listed, never raised."""
    result = CodeOwners(source=source)
    if len(content) >= MAX_BYTES:
        result.problem(
            f"{source} is {len(content):,} bytes, over the {MAX_BYTES:,} limit: not used"
        )
        return result
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    groups: dict[str, tuple[str, ...]] = {}
    raw_rules: list[tuple[int, str, list[str]]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if len(line) > MAX_LINE:
            result.problem(f"line {number}: longer than {MAX_LINE} characters, skipped")
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or _SKIPPED_LINE.match(stripped):
            continue
        tokens = _tokens(stripped)
        if not tokens:
            continue
        if tokens[0].startswith("@@@"):
            groups[tokens[0][3:].strip('"')] = tuple(tokens[1 : MAX_OWNERS + 1])
            continue
        if len(raw_rules) >= MAX_RULES:
            result.problem(f"{source} has more than {MAX_RULES:,} rules: not used")
            return CodeOwners(source=source, problems=result.problems)
        pattern = _collapse(tokens[0])
        if len(pattern) > MAX_PATTERN:
            result.problem(f"line {number}: pattern longer than {MAX_PATTERN} characters, skipped")
            continue
        if sum(pattern.count(c) for c in "*?") > MAX_WILDCARDS:
            result.problem(f"line {number}: more than {MAX_WILDCARDS} wildcards, skipped")
            continue
        raw_rules.append((number, pattern, tokens[1:]))
    result.rules = tuple(
        Rule(number, pattern, _owners(words, groups, number, result))
        for number, pattern, words in raw_rules
    )
    return result


def _collapse(pattern: str) -> str:
    """``**/**/`` means what ``**/`` means: repeats are folded before counting wildcards."""
    previous = None
    while previous != pattern:
        previous = pattern
        pattern = pattern.replace("**/**/", "**/").replace("/**/**", "/**")
    return pattern


def _tokens(line: str) -> list[str]:
    """Whitespace-separated words; double quotes group words (the quotes are kept),
    ``\\`` escapes the next character, and an unquoted ``#`` after whitespace starts a
    comment."""
    tokens: list[str] = []
    current: list[str] = []
    quoted = False
    i = 0
    while i < len(line):
        char = line[i]
        if char == "\\" and i + 1 < len(line):
            current.append(line[i : i + 2])
            i += 2
            continue
        if char == '"':
            quoted = not quoted
            current.append(char)
        elif char.isspace() and not quoted:
            if current:
                tokens.append("".join(current))
                current = []
        elif char == "#" and not quoted and not current:
            break
        else:
            current.append(char)
        i += 1
    if current:
        tokens.append("".join(current))
    if tokens:
        tokens[0] = _pattern_text(tokens[0])
    return tokens


def _pattern_text(token: str) -> str:
    """A pattern token as a glob: quotes removed; ``\\#``, ``\\!`` and ``\\ `` unescaped (other
    escapes are kept for the glob)."""
    if len(token) >= 2 and token.startswith('"') and token.endswith('"'):
        token = token[1:-1]
    return re.sub(r"\\([#! ])", r"\1", token)


def _owners(
    words: list[str], groups: Mapping[str, tuple[str, ...]], number: int, result: CodeOwners
) -> tuple[Owner, ...]:
    owners: list[Owner] = []
    seen: set[str] = set()
    pending = list(words)
    expanded = 0
    while pending and len(owners) < MAX_OWNERS:
        word = pending.pop(0)
        if word.startswith("@@") and not word.startswith("@@@"):
            name = word[2:].strip('"')
            if name in groups and expanded < MAX_OWNERS:
                expanded += 1  # a defined group: its members (bounded, so cycles end)
                pending = list(groups[name]) + pending
                continue
        owner = parse_owner(word)
        if owner is None:
            result.problem(f"line {number}: {word[:80]!r} is not an owner")
            continue
        if owner.text not in seen:
            seen.add(owner.text)
            owners.append(owner)
    return tuple(owners)


def parse_owner(word: str) -> Owner | None:
    """One owner token, or None when it names nobody."""
    if word.startswith("@@"):
        name = word[2:]
        if len(name) >= 2 and name.startswith('"') and name.endswith('"'):
            name = name[1:-1]
        return Owner(word, "group", name) if name.strip() else None
    if not word.startswith("@"):
        return Owner(word, "email", word.lower()) if _EMAIL.match(word) else None
    name = word[1:]
    if len(name) >= 2 and name.startswith('"') and name.endswith('"'):
        return Owner(word, "name", name[1:-1]) if name[1:-1].strip() else None
    if _EMAIL.match(name):
        return Owner(word, "email", name.lower())
    if "/" in name:
        match = _TEAM_SELECTOR.match(name)
        if match is None:
            return None
        team = match.group("team")
        org, _, team_name = team.partition("/")
        if not _USER.match(org) or not team_name or not _USER.match(team_name):
            return None
        return Owner(word, "team", team, match.group("selector") or "")
    return Owner(word, "user", name) if _USER.match(name) else None


# ---------------------------------------------------------------------------- the file


def read(tree: Path, provider: str = "") -> CodeOwners | None:
    """The repository's CODEOWNERS file parsed, or None if it has none. Only a regular file
    inside ``tree`` is read (a symlink could point anywhere on the scanning machine)."""
    for relative in locations(provider):
        path = tree / relative
        try:
            info = os.lstat(path)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode) or _through_symlink(tree, relative):
            continue
        if info.st_size >= MAX_BYTES:
            found = CodeOwners(source=relative)
            found.problem(f"{relative} is {info.st_size:,} bytes, over the {MAX_BYTES:,} limit")
            return found
        try:  # O_NOFOLLOW: a file swapped for a link since the check is not followed either
            descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
            with os.fdopen(descriptor, "rb") as handle:
                content = handle.read(MAX_BYTES)
        except OSError:
            continue
        return parse(content, source=relative)
    return None


def _through_symlink(tree: Path, relative: str) -> bool:
    parent = tree
    for part in Path(relative).parts[:-1]:
        parent = parent / part
        if parent.is_symlink():
            return True
    return False


def ownership(codeowners: CodeOwners, paths: Iterable[str]) -> dict[str, Any]:
    """What a scan keeps: the file, the deciding rules of ``paths`` only, and each path's rule
    (``{"file", "rules": [{"line", "pattern", "owners"}], "paths": {path: index}, "problems"}``).
    Storing the rules that decide the scanned findings (not the whole file, nor owners per
    finding) keeps the least: one copy of each deciding rule, an index per path."""
    deciding = codeowners.owner_rules(set(paths))
    kept = sorted({rule.line: rule for rule in deciding.values()}.values(), key=lambda r: r.line)
    index_of = {rule.line: index for index, rule in enumerate(kept)}
    rules = [
        {"line": rule.line, "pattern": rule.pattern, "owners": [o.text for o in rule.owners]}
        for rule in kept
    ]
    by_path = {path: index_of[rule.line] for path, rule in sorted(deciding.items())}
    return {
        "file": codeowners.source,
        "rules": rules,
        "paths": by_path,
        "problems": list(codeowners.problems),
    }
