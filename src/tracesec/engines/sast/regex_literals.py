"""The literal text every match of a metavariable regex holds, as the words of a file that
holds the match must (for the helper prefilter, pattern_words.py): per top-level
alternative, its best run of literal word characters, and whether the run is a whole word
(`\\$this->request` gives the word `request`), a word's start, its end (`\\$\\w*[rR]equest`
gives words ending in `equest`) or only a part of one. A reading for the regexes the rules
are written with: anything beyond it (a lookaround's or a named group's inside, an unclosed
group) reads as needing nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Run:
    """Literal word characters a match holds, and whether they start and end a word."""

    text: str
    starts_word: bool
    ends_word: bool

    @property
    def rank(self) -> tuple[int, int]:
        """Whole words tell most, then a word's start or end, then a part; then length."""
        return (self.starts_word + self.ends_word, len(self.text))


_MIN_WORD = 2  # a whole word (the file's words are at least this long)
_MIN_PART = 3  # shorter literal text is in too many words to tell anything


@dataclass(frozen=True, slots=True)
class _Atom:
    start: int
    end: int  # past its quantifier
    kind: str  # "word" (a literal word character), "nonword" (one that is not), "group", "other"
    quantifier: str  # "", "?", "*", "+", "{"

    @property
    def optional(self) -> bool:
        return self.quantifier in ("?", "*", "{")


def needed_runs(regex: str) -> list[Run] | None:
    """One run per top-level alternative of ``regex`` (anchored or not: semgrep matches a
    metavariable regex from the start, and a run is in the match either way); None when an
    alternative needs none (or the regex does not close)."""
    anchored_start = regex.startswith("^")
    body = regex[1:] if anchored_start else regex
    anchored_end = body.endswith("$") and not body.endswith("\\$")
    return _runs(body[:-1] if anchored_end else body, anchored_start, anchored_end)


def _runs(body: str, bounded_start: bool, bounded_end: bool) -> list[Run] | None:
    runs: list[Run] = []
    for alternative in _top_level_alternatives(body):
        found = _alternative_runs(alternative, bounded_start, bounded_end)
        if found is None:
            return None
        runs.extend(found)
    return runs


def _alternative_runs(text: str, bounded_start: bool, bounded_end: bool) -> list[Run] | None:
    """The best run of one alternative, or its first mandatory group's runs when they tell
    more (or it has none)."""
    atoms = _atoms(text)
    if atoms is None:
        return None
    candidates: list[Run] = []
    at = 0
    while at < len(atoms):
        if atoms[at].kind != "word" or atoms[at].optional:
            at += 1
            continue
        first = at
        while at < len(atoms) and atoms[at].kind == "word" and not atoms[at].optional:
            at += 1
            if atoms[at - 1].quantifier == "+":  # `ab+c` holds `ab`, not `abc`
                break
        last = at - 1
        run = Run(
            "".join(text[a.start] for a in atoms[first:at]),
            _bounded(atoms, first - 1, -1, bounded_start),
            atoms[last].quantifier != "+" and _bounded(atoms, last + 1, 1, bounded_end),
        )
        if len(run.text) >= (_MIN_WORD if run.starts_word and run.ends_word else _MIN_PART):
            candidates.append(run)
    best = [max(candidates, key=lambda run: run.rank)] if candidates else None
    grouped = _group_runs(text, atoms, bounded_start, bounded_end)
    if grouped and (best is None or min(r.rank for r in grouped) > best[0].rank):
        return grouped  # `Map(RequestPayload|QueryString)`: the group's ends tell more
    return best


def _group_runs(
    text: str, atoms: list[_Atom], bounded_start: bool, bounded_end: bool
) -> list[Run] | None:
    """The runs of an alternative's first mandatory group whose every alternative has one."""
    for index, atom in enumerate(atoms):
        if atom.kind == "group" and not atom.optional:
            inner = _group_inside(text, atom)
            found = None
            if inner is not None:
                found = _runs(
                    inner,
                    _bounded(atoms, index - 1, -1, bounded_start),
                    atom.quantifier != "+" and _bounded(atoms, index + 1, 1, bounded_end),
                )
            if found:
                return found
    return None


def _bounded(atoms: list[_Atom], at: int, step: int, at_the_end: bool) -> bool:
    """Whether a word ends at ``at`` (looking from a run, ``step`` away from it): a character
    that is no word's is there, past any optional one, or the alternative's anchored end."""
    while 0 <= at < len(atoms):
        if atoms[at].kind != "nonword":
            return False
        if not atoms[at].optional:
            return True
        at += step
    return at_the_end


def _group_inside(text: str, atom: _Atom) -> str | None:
    """A capturing or `(?:` group's inside; None for a lookaround or a flag group."""
    close = text.rfind(")", atom.start, atom.end)
    if text.startswith("(?:", atom.start):
        return text[atom.start + 3 : close]
    if text.startswith("(?", atom.start):
        return None
    return text[atom.start + 1 : close]


def _atoms(text: str) -> list[_Atom] | None:
    """The atoms of one alternative, each with its quantifier."""
    atoms: list[_Atom] = []
    at = 0
    while at < len(text):
        char = text[at]
        if char == "\\":
            escaped = text[at + 1 : at + 2]
            kind = "nonword" if escaped and not (escaped.isalnum() or escaped == "_") else "other"
            end = at + 2
        elif char == "[":
            close = text.find("]", at + 2)
            if close < 0:
                return None
            kind, end = "other", close + 1
        elif char == "(":
            end = _group_end(text, at)
            if end < 0:
                return None
            kind = "group"
        elif char.isalnum() or char == "_":
            kind, end = "word", at + 1
        elif char in ".^$|":
            kind, end = "other", at + 1
        else:
            kind, end = "nonword", at + 1
        quantifier = text[end : end + 1] if text[end : end + 1] in ("?", "*", "+", "{") else ""
        atoms.append(_Atom(at, _past_quantifier(text, end), kind, quantifier))
        at = atoms[-1].end
    return atoms


def _group_end(text: str, at: int) -> int:
    """Where the group opening at ``at`` ends (past its closing bracket); -1 if it does not."""
    depth = 0
    for index, char in _unescaped(text, at):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return index + 1
    return -1


def _unescaped(text: str, at: int) -> Iterator[tuple[int, str]]:
    """Each character of ``text`` from ``at`` that is neither escaped nor in a character
    class, with its index (none past a class that does not close)."""
    while at < len(text):
        char = text[at]
        if char == "\\":
            at += 2
        elif char == "[":
            close = text.find("]", at + 2)
            if close < 0:
                return
            at = close + 1
        else:
            yield at, char
            at += 1


def _past_quantifier(text: str, at: int) -> int:
    """Where the quantifier at ``at`` (if any) ends: `?`, `*`, `+`, `{n,m}`, lazy or not."""
    if text[at : at + 1] == "{":
        close = text.find("}", at)
        at = close + 1 if close >= 0 else len(text)
    elif text[at : at + 1] in ("?", "*", "+"):
        at += 1
    else:
        return at
    return at + 1 if text[at : at + 1] == "?" else at


def _top_level_alternatives(text: str) -> list[str]:
    """``text`` split at its top-level `|` (not inside a group or a class)."""
    parts: list[str] = []
    start = depth = 0
    for index, char in _unescaped(text, 0):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    return [*parts, text[start:]]
