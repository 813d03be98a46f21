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

# comments and string literals, matched whole and passed over: `// ...`, `/* ... */`, PHP's
# `# ...`, C#'s `#region` lines, "...", '...', C#'s verbatim @"..."
_SKIPPED = (
    rb"//[^\n]*|#[^\n]*|/\*.*?\*/|@\"(?:\"\"|[^\"])*\"|\"(?:\\.|[^\"\\])*\"|'(?:\\.|[^'\\])*'"
)
# the `throw` keywords of the code
_THROW_IN_CODE = re.compile(_SKIPPED + rb"|(?<![\w$])(?P<throw>throw)(?![\w$])", re.DOTALL)
# what ends an expression at its own depth, or changes the depth (`::` is a static member, not
# a ternary's colon)
_EXPRESSION_TOKEN = re.compile(_SKIPPED + rb"|::|(?P<mark>[()\[\]{};,:])", re.DOTALL)
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
    bracket outside brackets, comments and string literals."""
    depth = 0
    for token in _EXPRESSION_TOKEN.finditer(source, at):
        mark = token.group("mark")
        if mark is None:
            continue  # a comment, a string literal or `::`
        if mark in b"([{":
            depth += 1
        elif mark in b")]}":
            if depth == 0:
                return token.start()
            depth -= 1
        elif depth == 0:
            return token.start()
    return len(source)


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
