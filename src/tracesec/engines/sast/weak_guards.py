"""Guard helpers whose own body shows they do not guard, read from the targets' text before
semgrep runs: the rules take a failed `is_allowed_*`/`isValid*`/`*Trusted*` check that exits
for a guard by its name, and semgrep cannot look into a helper of another file to see what it
checks. A helper is weak when what it checks lets an attack through:

- a URL compared by a prefix that ends at the host (`startswith("https://maps.example.com")`)
  and never parsed: `https://maps.example.com.attacker.tld` and `...com@10.0.0.5` pass;
- a regular expression that is not anchored at both ends, tested with a search
  (`preg_match('/[a-z_]+/', $page)`, `Regex.IsMatch(x, "[A-Z0-9]{3,8}")`, `re.search`,
  `MatchString`, `.test(...)`) or with Python's `re.match` without a final `$`: any value
  containing a match passes;
- a local-path check (`startsWith("/")`) that never refuses `//`: `//attacker.tld` is another
  host to a browser.

A helper whose body also parses the URL, or compares with an anchored expression, is left a
guard: the reading is cheap and errs toward keeping guards (a false alarm costs more trust than
a miss). The scan's copy of the rules then no longer takes those names for guards
(``without_weak_guards``).
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from tracesec.engines.sast.same_file import language_of

# names the rules' guard lists take for checks (a prefilter: the rewrite touches only guard
# regexes, so a name outside them changes nothing)
_GUARD_NAME = re.compile(
    r"(?i)(valid|safe|allow|trust|permit|whitelist|local(?!e)|verify|ensure|accept)"
    r"|^(?:is|Is)(?:_|[A-Z])"
)
_PREFIX_CALL = r"(?:startswith|startsWith|StartsWith|HasPrefix|str_starts_with|starts_with)"
# a prefix test of a literal that is a scheme and a host, with nothing after the host
_HOST_PREFIX = re.compile(_PREFIX_CALL + r"\s*\([^()]*?[\"']https?://[^/\"'\s]+[\"']\s*\)")
# a prefix test of "/" alone (a local path)
_SLASH_PREFIX = re.compile(_PREFIX_CALL + r"\s*\([^()]*?[\"']/[\"']\s*\)")
# a refusal of `//` (or `/\\`) somewhere in the helper
_REFUSES_DOUBLE_SLASH = re.compile(r"[\"']//[\"']|[\"']/\\\\[\"']|\^/\(\?!|\[\^/")
# the URL parsed (its host read from the parse, not from the text)
_PARSED = re.compile(
    r"\b(urlparse|urlsplit|urllib\.parse|new\s+URL|URL\s*\(|parse_url|new\s+Uri|Uri\.TryCreate"
    r"|url\.Parse|URI\.create|new\s+URI|\.getHost\s*\(|\.hostname\b|\.Host\b|\.Hostname\s*\()"
)
# a literal regular expression tested with a search (Python's re.match anchors its start)
_SEARCH = re.compile(
    r"(?:preg_match|Regex\.IsMatch|re\.search|re\.match)\s*\(\s*"
    r"(?:@?\"|'|r\"|r')(?P<regex>[^\"'\n]{1,200})[\"'](?=\s*[,)])"
)
# a JavaScript regular expression literal's body: escapes and character classes may hold `/`
_JS_REGEX = r"/(?P<regex>(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n\[]){1,200})/[dgimsuy]*"
_JS_TEST = re.compile(_JS_REGEX + r"\.test\s*\(")
# a regular expression or a string kept in a name of the file: Python `NAME = re.compile(r"...")`,
# JavaScript `const NAME = /.../`, Java `Pattern NAME = Pattern.compile("...")`, C#
# `[GeneratedRegex("...")] ... Regex Name();` or `new Regex("...")`, Go `regexp.MustCompile`
# (quoted or in backquotes); and `NAME = "https://host"` strings
_COMPILED = (
    re.compile(
        r"\b(?P<name>[A-Za-z_]\w*)\s*(?::[^=\n]+)?=\s*(?:re\.compile|Pattern\.compile"
        r"|regexp\.MustCompile|regexp\.Compile|new\s+Regex)\s*\(\s*(?:@|r)?[\"'`]"
        r"(?P<regex>[^\"'`\n]{1,200})[\"'`](?=\s*[,)])"
    ),
    re.compile(r"\b(?:const|let|var)\s+(?P<name>[A-Za-z_$][\w$]*)\s*=\s*" + _JS_REGEX),
    re.compile(
        r"\[GeneratedRegex\(\s*@?\"(?P<regex>[^\"\n]{1,200})\"(?=\s*[,)])[^\]]*\]\s*"
        r"(?:\w+\s+)*Regex\s+(?P<name>\w+)\s*\(\s*\)"
    ),
)
_STRING = re.compile(
    r"\b(?P<name>[A-Za-z_]\w*)\s*(?::[^=\n]+)?=\s*[\"'](?P<value>https?://[^/\"'\s]+)[\"']"
)
# a use of a kept expression as a search: `NAME.search(x)`, `NAME.test(x)`, `Name().IsMatch(x)`,
# `name.MatchString(x)`, `NAME.matcher(x).find()`; Python's `match` anchors the start
_USE = (
    r"\b{name}(?:\(\s*\))?\s*\.\s*"
    r"(?P<how>search|match|test|IsMatch|MatchString|matcher\s*\([^()]*\)\s*\.\s*find)\s*\("
)
# where a test's result is what the helper answers: `return ...`, an expression body `=> ...`,
# or an `if` whose branch returns (`if target.startswith("/"): return target`), a false answer
# aside (`if (...) return false;` refuses what the test accepts)
_ANSWER = re.compile(r"^\s*(?:return\b|.*=>)")
_IF = re.compile(r"^\s*(?:else\s+|el)?if\b")
_RETURNS = re.compile(r"^return\b(?!\s*(?:False|false|null|None|nil)\b)")
# the test negated just before it (`!x.startsWith(...)`, `not x.startswith(...)`)
_NEGATED = re.compile(r"(?:!|\bnot\s+)[\w$.\[\]()'\"-]*$")


def weak_guards(texts: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The names of the targets' guard helpers that do not guard (module docstring);
    ``texts`` is (path, text) of each target."""
    weak: set[str] = set()
    strong: set[str] = set()
    for path, text in texts:
        language = language_of(path)
        if language is None:
            continue
        guards = {
            name: starts
            for name, starts in language.helpers_declared(text).items()
            if _GUARD_NAME.search(name)
        }
        kept = _kept(text) if guards else ({}, {})
        for name, starts in guards.items():
            for at in starts:
                body = language.body(text, at, name)
                weak_body = body and _is_weak(_statements(body, language.name), kept)
                (weak if weak_body else strong).add(name)
    # a name that is weak in one file and a real guard in another stays a guard
    return frozenset(weak - strong)


def _statements(body: str, language: str) -> list[str]:
    """The body's statements, each on one line: Python's lines; a braced language's text
    between `;`, `{` and `}` (a `return` or an expression body `=>` may span lines)."""
    if language == "python":
        return body.splitlines()
    return [" ".join(part.split()) for part in re.split(r"[;{}]", body)]


def _kept(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """The file's kept regular expressions and host-only URL strings, by name."""
    regexes = {m.group("name"): m.group("regex") for c in _COMPILED for m in c.finditer(text)}
    strings = {m.group("name"): m.group("value") for m in _STRING.finditer(text)}
    return regexes, strings


def _is_weak(statements: Sequence[str], kept: tuple[dict[str, str], dict[str, str]]) -> bool:
    """Whether the helper answers with a test that lets an attack through (module
    docstring), not negated, where nothing else in it parses the URL; ``kept`` are the
    file's named expressions and URL strings (``_kept``)."""
    regexes, strings = kept
    body = "\n".join(statements)
    if _PARSED.search(body):
        return False
    refuses_double_slash = bool(_REFUSES_DOUBLE_SLASH.search(body))
    for line in _answers(statements):
        tests = list(_HOST_PREFIX.finditer(line))
        if not refuses_double_slash:
            tests += _SLASH_PREFIX.finditer(line)
        tests += (m for m in _SEARCH.finditer(line) if _unanchored(m))
        tests += (m for m in _JS_TEST.finditer(line) if _unanchored(m))
        for name, regex in regexes.items():
            for use in re.finditer(_USE.format(name=re.escape(name)), line):
                if _unanchored_text(regex, use.group("how") == "match"):
                    tests.append(use)
        for name in strings:
            pattern = _PREFIX_CALL + r"\s*\([^()]*?\b" + re.escape(name) + r"\s*\)"
            tests += re.finditer(pattern, line)
        if any(not _NEGATED.search(line[: m.start()]) for m in tests):
            return True
    return False


def _answers(statements: Sequence[str]) -> Iterable[str]:
    """The statements whose tests decide what the helper answers (``_ANSWER``, ``_IF``)."""
    following = [s for s in statements if s.strip()]
    for at, line in enumerate(following):
        if _ANSWER.match(line):
            yield line
        elif _IF.match(line):
            inline = re.search(r"\breturn\b.*$", line)
            then = inline.group(0) if inline else "".join(following[at + 1 : at + 2])
            if _RETURNS.match(then.strip()):
                yield line


def _unanchored(found: re.Match[str]) -> bool:
    """Whether a searched literal lets a value through that merely contains a match."""
    return _unanchored_text(found.group("regex"), found.group(0).startswith("re.match"))


def _unanchored_text(regex: str, anchored_at_start: bool) -> bool:
    """Whether an expression searched for lets a value through that merely contains a
    match. PHP delimiters (`/.../i`, `#...#`) are taken off first."""
    delimited = re.fullmatch(r"([/#~%!|])(?P<inner>.*)\1[imsxuADSUXJ]*", regex)
    inner = delimited.group("inner") if delimited else regex
    starts = anchored_at_start or inner.startswith(("^", "\\A"))
    ends = inner.endswith(("$", "\\z", "\\Z")) and not inner.endswith("\\$")
    return not (starts and ends)


def digest(names: Iterable[str]) -> str:
    """A short digest of the names: what results cached under the rules they changed depend on."""
    return hashlib.sha256("\0".join(sorted(names)).encode()).hexdigest()[:12]


def without_weak_guards(
    rules: Sequence[Mapping[str, Any]], names: Iterable[str]
) -> list[dict[str, Any]]:
    """The rules with the ``names`` taken out of every guard-name regex (a metavariable regex
    naming checks: `...Valid...|...Safe...|...Allowed...`), so a call of one of them clears
    nothing; rewritten in a deep copy, the ``rules`` themselves stay as they are."""
    listed = sorted(set(names))
    if not listed:
        return [dict(rule) for rule in rules]
    out = [copy.deepcopy(dict(rule)) for rule in rules]
    # a name alone, or qualified (`guards.is_trusted`, `UrlGuard::isHook`, `$this->isHook`)
    refused = "(?!(?:[\\w$\\\\]*(?:\\.|::|->))?(?:" + "|".join(map(re.escape, listed)) + ")$)"
    for rule in out:
        _rewrite(rule, refused)
    return out


_GUARD_VOCABULARY = re.compile(r"(?i)valid|safe|allowed")
# a format check's name (`StationCodes.IsTailNumber(x)`: C# and PHP rules' `$IS`)
_FORMAT_CHECK = "$IS"


def _rewrite(node: Any, refused: str) -> None:
    if isinstance(node, list):
        for item in node:
            _rewrite(item, refused)
    elif isinstance(node, dict):
        spec = node.get("metavariable-regex")
        if isinstance(spec, dict):
            regex = spec.get("regex")
            named = spec.get("metavariable") == _FORMAT_CHECK
            if isinstance(regex, str) and (named or _GUARD_VOCABULARY.search(regex)):
                spec["regex"] = refused + regex
        for value in node.values():
            _rewrite(value, refused)
