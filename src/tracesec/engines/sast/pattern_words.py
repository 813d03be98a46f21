"""The words a text must hold to hold a match of a rule's patterns, read from the patterns
themselves (for the helper prefilter, helper_candidates.py): a pattern's rarest word, the
names a metavariable regex allows, and for sources, per alternative, every clause's
(``source_needs``). A prefilter only: it may take a text for one that matches when
it does not, never the reverse."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Set
from dataclasses import dataclass
from itertools import product
from typing import Any

from tracesec.engines.sast.regex_literals import needed_runs

# Words of a sink pattern that say nothing about which call it is.
COMMON_WORDS = frozenset(
    {
        *("new", "this", "self", "cls", "return", "await", "async", "function", "def", "func"),
        "class",
        *("var", "let", "const", "final", "static", "public", "private", "protected", "void"),
        *("String", "str", "Object", "int", "None", "null", "true", "false"),
        # a type every Go file names (`context.Context`): `*gin.Context` needs `gin`
        "Context",
        # every JavaScript module says it: a Next.js server action needs its 'use server'
        "export",
    }
)
# a word, `where` of `$where` too (a MongoDB operator, a jQuery name); a pattern's
# metavariables are taken out first (_METAVARIABLE)
WORD = re.compile(r"(?<!\w)[A-Za-z_]\w+")
# (PHP's superglobals look like metavariables, and are the words its sources need)
_METAVARIABLE = re.compile(
    r"\$(?!_(?:GET|POST|REQUEST|COOKIE|FILES|SERVER|ENV|SESSION)\b)(?:\.\.\.)?[A-Z_][A-Z0-9_]*\b"
)
_QUALIFIER = re.compile(r"(?<![$\w])[a-z_]\w*\s*\.")
# a typed metavariable, `(JdbcTemplate $J)`: group 1 is the type
_TYPED_METAVARIABLE = re.compile(r"\(\s*([A-Za-z_][\w.]*)\s+\$[A-Z_][A-Z0-9_]*\s*\)")
# a metavariable regex that allows whole names only, ^(name|name)$: its words are the names
# (a dotted one, `ctx\.request`, by each of its words)
_NAME = r"[A-Za-z_]\w*(?:\\\.[A-Za-z_]\w*)*"
_NAMES_REGEX = re.compile(rf"\^\(?{_NAME}(?:\|{_NAME})*\)?\$")
# a pattern that starts with a decorator whose name is a metavariable: `@$APP.$ROUTE(...)`
_DECORATED_BY = re.compile(r"^\s*@(?:\$?[A-Za-z_]\w*\.)*(\$[A-Z_][A-Z0-9_]*)\b")
_TOO_MANY = 64  # alternatives of one conjunction


@dataclass(frozen=True, slots=True)
class Need:
    """One clause of a source alternative: a text must hold one of ``words``, or a word that
    starts with one of ``starts``, ends with one of ``ends`` or holds one of ``parts`` (the
    literal text a regex needs, regex_literals.py)."""

    words: frozenset[str]
    starts: tuple[str, ...] = ()
    ends: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()
    folded: bool = False  # a `(?i)` regex: compared in lower case

    @property
    def affixed(self) -> bool:
        """Whether meeting it may take a look at every word."""
        return self.folded or bool(self.starts or self.ends or self.parts)

    def met_by(self, words: Set[str]) -> bool:
        if not self.folded and self.words & words:
            return True
        if not self.affixed:
            return False
        for word in words:
            said = word.lower() if self.folded else word
            if self.folded and said in self.words:
                return True
            if self.starts and said.startswith(self.starts):
                return True
            if self.ends and said.endswith(self.ends):
                return True
            if any(part in said for part in self.parts):
                return True
        return False


@dataclass(frozen=True, slots=True)
class SourceNeeds:
    """Per alternative of a rule's sources (nested pattern-eithers spread out), the clauses a
    text must meet all of to hold its match."""

    alternatives: tuple[tuple[Need, ...], ...]
    # the alternatives by a word their first clause needs (a set lookup rules most out
    # before any clause is looked at), and those whose first clause needs an affix
    by_word: Mapping[str, tuple[tuple[Need, ...], ...]]
    affixed: tuple[tuple[Need, ...], ...]

    def met_by(self, words: Set[str]) -> bool:
        met: dict[Need, bool] = {}  # alternatives share clauses: each decided once

        def meets(need: Need) -> bool:
            found = met.get(need)
            if found is None:
                found = met[need] = need.met_by(words)
            return found

        for word in self.by_word.keys() & words:
            if any(all(meets(need) for need in each[1:]) for each in self.by_word[word]):
                return True
        return any(all(meets(need) for need in each) for each in self.affixed)


def source_needs(sources: Any) -> SourceNeeds | None:
    """What a text must hold to hold a match of one of ``sources``; None when one of their
    alternatives needs nothing."""
    if not isinstance(sources, list) or not sources:
        return None
    found = _alternatives(sources, frozenset())
    if any(not alternative for alternative in found):
        return None
    # the clauses a set lookup decides first: most texts fail one of them
    alternatives = tuple(
        tuple(sorted(set(each), key=lambda need: (need.affixed, sorted(need.words))))
        for each in dict.fromkeys(found)
    )
    by_word: dict[str, list[tuple[Need, ...]]] = {}
    for each in alternatives:
        if not each[0].affixed:
            for word in each[0].words:
                by_word.setdefault(word, []).append(each)
    return SourceNeeds(
        alternatives,
        {word: tuple(listed) for word, listed in by_word.items()},
        tuple(each for each in alternatives if each[0].affixed),
    )


def _alternatives(spec: Any, decorators: frozenset[str]) -> list[tuple[Need, ...]]:
    """``spec``'s alternatives, each as the clauses its match must meet (a conjunction's
    part with too many of them loosened into one, ``_loosened``)."""
    if isinstance(spec, list):  # alternatives
        out: list[tuple[Need, ...]] = []
        for item in spec:
            out.extend(_alternatives(item, decorators))
        return out
    if not isinstance(spec, Mapping):
        return [()]
    conjunction: list[tuple[Need, ...]] = [()]
    for key, value in spec.items():
        parts: list[list[tuple[Need, ...]]] = []
        if key in ("pattern", "pattern-inside"):
            # every word a source's pattern names, not its rarest only: a closure route's
            # `string $RP` needs `Route` as well as `string`, which every PHP file holds
            parts.append([tuple(Need(frozenset([word])) for word in _named_words(value))])
        elif key == "pattern-either":
            parts.append(_alternatives(value, decorators))
        elif key == "patterns" and isinstance(value, list):
            # the names a decorator's metavariable may take are needed as decorators (`@get`)
            inner = decorators | {
                found.group(1)
                for text in _pattern_texts(value)
                if (found := _DECORATED_BY.match(text)) is not None
            }
            parts.extend(_alternatives(item, inner) for item in value)
        elif key == "metavariable-regex" and isinstance(value, Mapping):
            need = _regex_need(value, decorators)
            parts.append([(need,)] if need else [()])
        elif key == "metavariable-pattern" and isinstance(value, Mapping):
            words = required_words(value, inside=True)
            parts.append([(Need(words),)] if words else [()])
        for part in parts:
            if min(len(conjunction), len(part)) > 1 and len(conjunction) * len(part) > _TOO_MANY:
                part = [_loosened(part)]  # spread out, too many to list
            conjunction = [a + b for a, b in product(conjunction, part)]
    return conjunction


def _loosened(alternatives: list[tuple[Need, ...]]) -> tuple[Need, ...]:
    """Too many alternatives as one clause a text of any of them meets: each alternative's
    first clause, joined (in lower case if one of them is); none if one needs nothing."""
    firsts = [alternative[0] for alternative in alternatives if alternative]
    if len(firsts) < len(alternatives):
        return ()
    folded = any(need.folded for need in firsts)

    def joined(field: str) -> list[str]:
        said = {text for need in firsts for text in getattr(need, field)}
        return sorted({text.lower() for text in said} if folded else said)

    starts, ends, parts = joined("starts"), joined("ends"), joined("parts")
    return (Need(frozenset(joined("words")), tuple(starts), tuple(ends), tuple(parts), folded),)


def _regex_need(regex: Mapping[str, Any], decorators: Set[str]) -> Need | None:
    """What a metavariable regex needs of a text: the names it allows (as decorators, `@get`,
    when the metavariable names one), or else the literal text each of its alternatives
    needs (regex_literals.py)."""
    text = regex.get("regex")
    if not isinstance(text, str):
        return None
    names = _names_allowed(text)
    if names is not None:
        if regex.get("metavariable") in decorators:
            names = frozenset(f"@{name}" for name in names)
        return Need(names) if names else None
    folded = text.startswith("(?i)")
    runs = needed_runs(text.removeprefix("(?i)"))
    if not runs:
        return None

    def said(starts: bool, ends: bool) -> list[str]:
        found = {r.text for r in runs if (r.starts_word, r.ends_word) == (starts, ends)}
        return sorted({text.lower() for text in found} if folded else found)

    return Need(
        frozenset(said(True, True)),
        tuple(said(True, False)),
        tuple(said(False, True)),
        tuple(said(False, False)),
        folded,
    )


def typed_receivers(spec: Any) -> Iterator[str]:
    """The types of the typed metavariables in ``spec``'s patterns, `(java.sql.Statement $S)`
    gives `Statement`."""
    for pattern in _pattern_texts(spec):
        for found in _TYPED_METAVARIABLE.finditer(pattern):
            yield found.group(1).rsplit(".", 1)[-1]


def mentioned_words(spec: Any) -> Iterator[str]:
    """Every word of every pattern in ``spec``, metavariables left out."""
    for pattern in _pattern_texts(spec):
        yield from WORD.findall(_METAVARIABLE.sub(" ", pattern))


def _pattern_texts(spec: Any) -> Iterator[str]:
    """The text of every pattern in ``spec`` (`pattern`, `pattern-inside`, nested in
    `pattern-either` and `patterns`)."""
    if isinstance(spec, str):
        yield spec
    elif isinstance(spec, list):
        for item in spec:
            yield from _pattern_texts(item)
    elif isinstance(spec, Mapping):
        for key, value in spec.items():
            if key in ("pattern", "pattern-inside", "pattern-either", "patterns"):
                yield from _pattern_texts(value)


def required_words(spec: Any, inside: bool) -> frozenset[str] | None:
    """Words of which a match of ``spec`` holds at least one: a pattern's longest word (its
    rarest, as a rule: ``Paths`` of ``Paths.get($P)``), any name a metavariable regex
    allows; a conjunction needs any of its clauses' words, a list or pattern-either every
    alternative's. None when a match needs no particular word."""
    if isinstance(spec, list):  # alternatives
        found = [required_words(item, inside) for item in spec]
        if not found or any(words is None for words in found):
            return None
        return frozenset().union(*(w for w in found if w is not None))
    if not isinstance(spec, Mapping):
        return None
    clauses: list[frozenset[str] | None] = []
    for key, value in spec.items():
        if key == "pattern" or (key == "pattern-inside" and inside):
            clauses.append(_longest_word(value))
        elif key == "pattern-either":
            clauses.append(required_words(value, inside))
        elif key == "patterns" and isinstance(value, list):
            clauses.extend(required_words(item, inside) for item in value)
        elif key in ("metavariable-regex", "metavariable-pattern") and isinstance(value, Mapping):
            clauses.append(required_words(value, inside))
        elif key == "regex" and isinstance(value, str):
            clauses.append(_names_allowed(value) or None)
    known = [words for words in clauses if words is not None]
    return frozenset().union(*known) if known else None


def _names_allowed(regex: str) -> frozenset[str] | None:
    """The names a regex of whole names allows (``_NAMES_REGEX``), common words left out;
    None for any other regex."""
    if not _NAMES_REGEX.fullmatch(regex):
        return None
    return frozenset(WORD.findall(regex)) - COMMON_WORDS


def _longest_word(pattern: Any) -> frozenset[str] | None:
    named = _named_words(pattern)
    # the longest, the last of equals: `File` of `java.io.File`
    return frozenset([max(reversed(named), key=len)]) if named else None


def _named_words(pattern: Any) -> list[str]:
    """The words every match of ``pattern`` holds (none for a string regex, `=~/.../`, which
    matches parts of words)."""
    if not isinstance(pattern, str) or "=~/" in pattern:
        return []
    # a package or module qualifier (`java.net.`, `os.`) may be imported away: never required
    unqualified = _QUALIFIER.sub(" ", _METAVARIABLE.sub(" ", pattern))
    named = [w for w in WORD.findall(unqualified) if w not in COMMON_WORDS]
    if not named:
        # nothing but a qualifier and metavariables (`request.$ATTR`, `self.request.$ATTR`):
        # the qualifier is the word, since even an import that renames it names it. Without
        # it, any file with a `.read()` or `.data` would read as holding the request
        named = [w for w in WORD.findall(_METAVARIABLE.sub(" ", pattern)) if w not in COMMON_WORDS]
    return named
