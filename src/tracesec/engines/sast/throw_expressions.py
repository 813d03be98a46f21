"""PHP and C# throw expressions made harmless to semgrep's taint analysis.

semgrep CE reads a throw *expression* as a throw that always happens: after
``$room = $rooms->find($id) ?? throw new NotFoundHttpException()`` (PHP 8) or
``_repo = repo ?? throw new ArgumentNullException(nameof(repo))`` (C# 7), the rest of the
function is unreachable to it, and no taint reaches a sink there. Both idioms are everyday code
in Symfony, Laravel and ASP.NET Core, so whole handlers went unanalysed. semgrep is given a copy
of each such file in which every throw expression is replaced by ``null``, in place and
character for character (``?? throw new E($key);`` → ``?? null            ;``): it parses, and
nothing of the exception (a message quoting the input) flows into the value. A ``throw``
statement is left as it is. Lines and columns do not move, so findings still point into the
real file.
"""

from __future__ import annotations

import re

# the `throw` keywords of the code, found past comments and string literals (which are
# matched whole and passed over): `// throw ...`, `/* ... */`, PHP's `# ...`, C#'s `#region`
# lines, "...", '...', C#'s verbatim @"..."
_THROW_IN_CODE = re.compile(
    rb"//[^\n]*|#[^\n]*|/\*.*?\*/|@\"(?:\"\"|[^\"])*\"|\"(?:\\.|[^\"\\])*\"|'(?:\\.|[^'\\])*'"
    rb"|(?<![\w$])(?P<throw>throw)(?![\w$])",
    re.DOTALL,
)
# what may stand before a throw expression: `??`, PHP's `?:`, a ternary's `?`, `=>`, `||`,
# `&&`, an opening parenthesis, a comma, an assignment; PHP's `or` and `and`
_OPERATOR_BEFORE = re.compile(rb"(?:\?\?|\?:|\?|=>|\|\||&&|\(|,|(?<![=!<>])=|\bor|\band)$")
_STATEMENT_START = re.compile(rb"[;{}]")
_CASE_LABEL = re.compile(rb"\s*(?:case\b|default\b)")
_WINDOW = 2000


def rewrite(source: bytes) -> bytes | None:
    """``source`` with each throw expression replaced by ``null``, or None when it has none."""
    out: bytearray | None = None
    for found in _THROW_IN_CODE.finditer(source):
        if found.group("throw") is None:
            continue  # a comment or a string literal
        if _is_expression(source, found.start()):
            if out is None:
                out = bytearray(source)
            end = _expression_end(source, found.end())
            # `null`, then blanks: the lines stay where they are
            blank = bytes(c if c in b"\r\n" else 32 for c in source[found.start() + 4 : end])
            out[found.start() : end] = b"null" + blank
    return bytes(out) if out is not None else None


def _expression_end(source: bytes, at: int) -> int:
    """Where the expression starting at ``at`` ends: at the first `;`, `,`, `:` or closing
    bracket outside brackets and string literals."""
    depth = 0
    index = at
    while index < len(source):
        char = source[index : index + 1]
        if char in (b'"', b"'"):
            index = _string_end(source, index)
            continue
        if source[index : index + 2] == b"::":  # a static member, not a ternary's colon
            index += 2
            continue
        if char in b"([{":
            depth += 1
        elif char in b")]}":
            if depth == 0:
                return index
            depth -= 1
        elif depth == 0 and char in b";,:":
            return index
        index += 1
    return index


def _string_end(source: bytes, at: int) -> int:
    """Just past the string literal whose quote is at ``at`` (backslash escapes; C#'s
    verbatim `@"..."` doubles its quotes, which reads as two literals side by side)."""
    quote = source[at]
    index = at + 1
    while index < len(source):
        if source[index] == 0x5C:  # a backslash
            index += 2
            continue
        if source[index] == quote:
            return index + 1
        index += 1
    return index


def _is_expression(source: bytes, at: int) -> bool:
    # the statement so far (a window: a statement is rarely longer)
    before = source[max(0, at - _WINDOW) : at].rstrip()
    if _OPERATOR_BEFORE.search(before[-3:]):
        return True
    if not before.endswith(b":") or before.endswith(b"::"):
        return False
    # `cond ? a : throw ...`, not a label (`case 'x': throw ...;`, `default: throw ...;`)
    starts = [m.end() for m in _STATEMENT_START.finditer(before)]
    statement = before[starts[-1] if starts else 0 :]
    return b"?" in statement and not _CASE_LABEL.match(statement)
