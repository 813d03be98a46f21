"""Python slices made visible to semgrep's taint analysis.

semgrep CE drops taint at a Python slice (``token = header[7:]`` is clean to it, whatever
``header`` held; semgrep/semgrep#6203, open since 2022, and propagators do not restore it),
yet slicing request data is everyday code: a bearer token cut from its header, a path without
its first character. semgrep does carry taint through a subscript, so semgrep is given a copy
of each Python file in which every slice's colons are replaced, in place and character for
character, so that the slice reads as a subscript: ``header[7:]`` → ``header[7,]``,
``s[4:-17]`` → ``s[4,-17]``, ``a[:n]`` → ``a[ n]``. Lines and columns do not move, so findings
still point into the real file (snippets and fingerprints are always cut from the real file).
A rewrite that would not parse is not made; a file that does not tokenize is left as it is.
"""

from __future__ import annotations

import ast
import io
import itertools
import keyword
import re
import tokenize
from collections.abc import Sequence

# cheap pre-check: a colon inside square brackets on one line (multi-line slices are rare)
_MAYBE_SLICE = re.compile(rb"\[[^\]\n]*:")
_OPENERS = {"[": "]", "(": ")", "{": "}"}
_CHOICES = (",", " ", "0")


def rewrite(source: bytes) -> bytes | None:
    """``source`` with its slices turned into subscripts, or None when there is none."""
    if not _MAYBE_SLICE.search(source):
        return None
    try:
        tokens = list(tokenize.tokenize(io.BytesIO(source).readline))
    except (tokenize.TokenError, SyntaxError, UnicodeDecodeError):
        return None
    line_starts = _line_starts(source)
    edits: list[tuple[int, bytes]] = []
    for start, end, colons in _subscripts(tokens):
        edits.extend(_replacement(source, line_starts, start, end, colons))
    if not edits:
        return None
    out = bytearray(source)
    for offset, text in edits:
        out[offset : offset + 1] = text
    return bytes(out)


def _line_starts(source: bytes) -> list[int]:
    starts = [0, 0]  # tokenize's lines are 1-based
    starts.extend(m.end() for m in re.finditer(rb"\n", source))
    return starts


def _subscripts(
    tokens: Sequence[tokenize.TokenInfo],
) -> list[tuple[tokenize.TokenInfo, tokenize.TokenInfo, list[tokenize.TokenInfo]]]:
    """Each subscript ``[...]`` with the colons at its own depth (not in nested brackets)."""
    found = []
    stack: list[tuple[tokenize.TokenInfo, bool, list[tokenize.TokenInfo], bool]] = []
    previous: tokenize.TokenInfo | None = None
    for token in tokens:
        if token.type == tokenize.OP and token.string in _OPENERS:
            is_subscript = token.string == "[" and _ends_expression(previous)
            stack.append((token, is_subscript, [], False))
        elif token.type == tokenize.OP and token.string in (")", "]", "}"):
            if stack:
                opener, is_subscript, colons, has_lambda = stack.pop()
                if is_subscript and colons and not has_lambda:
                    found.append((opener, token, colons))
        elif stack and token.type == tokenize.OP and token.string == ":":
            stack[-1][2].append(token)
        elif stack and token.type == tokenize.NAME and token.string == "lambda":
            opener, is_subscript, colons, _ = stack[-1]
            stack[-1] = (opener, is_subscript, colons, True)
        if token.type not in (tokenize.NL, tokenize.COMMENT):
            previous = token
    return found


def _ends_expression(token: tokenize.TokenInfo | None) -> bool:
    if token is None:
        return False
    if token.type == tokenize.NAME:
        return not keyword.iskeyword(token.string) or token.string in ("None", "True", "False")
    if token.type == tokenize.STRING:
        return True
    return token.type == tokenize.OP and token.string in (")", "]", "}")


def _replacement(
    source: bytes,
    line_starts: list[int],
    opener: tokenize.TokenInfo,
    closer: tokenize.TokenInfo,
    colons: list[tokenize.TokenInfo],
) -> list[tuple[int, bytes]]:
    def offset(position: tuple[int, int], line: str) -> int:
        row, col = position
        # tokenize counts columns in characters; the file is bytes
        return line_starts[row] + len(line[:col].encode("utf-8"))

    first = offset(opener.end, opener.line)
    last = offset(closer.start, closer.line)
    spots = [offset(c.start, c.line) for c in colons]
    if len(spots) > 4:  # never seen in real code; not worth 3^n parses
        return []
    if any(source[spot : spot + 1] != b":" for spot in spots):
        return []  # columns not as expected (a source encoding other than UTF-8)
    inner = source[first:last]
    for choice in itertools.product(_CHOICES, repeat=len(spots)):
        candidate = bytearray(inner)
        for spot, text in zip(spots, choice, strict=True):
            candidate[spot - first] = ord(text)
        try:
            ast.parse(b"_[" + bytes(candidate) + b"]", mode="eval")
        except (SyntaxError, ValueError):
            continue
        return [(spot, text.encode()) for spot, text in zip(spots, choice, strict=True)]
    return []
