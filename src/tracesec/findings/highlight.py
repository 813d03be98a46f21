"""Syntax-highlighted finding context with Pygments (CSS classes only: the CSP forbids inline
styles). The text is the engine's stored snippet, which for secrets is already masked; we
never re-read the repository here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django.utils.safestring import SafeString, mark_safe
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_for_filename
from pygments.lexers.special import TextLexer
from pygments.util import ClassNotFound

MAX_SNIPPET_CHARS = 20_000


def highlight_snippet(
    snippet: str, *, path: str, first_line: int, marked: Sequence[int] = ()
) -> SafeString:
    """HTML for ``snippet`` (escaped by Pygments), numbered from ``first_line``, with the lines
    ``marked`` (1-based within the snippet) emphasised; empty when there is no excerpt (the
    page then says where the finding is instead)."""
    text = snippet[:MAX_SNIPPET_CHARS]
    if not text:
        return SafeString("")
    try:
        lexer = get_lexer_for_filename(path, stripnl=False)
    except ClassNotFound:
        lexer = TextLexer(stripnl=False)
    formatter = HtmlFormatter(
        cssclass="highlight",
        linenos="table",
        linenostart=max(1, first_line),
        wrapcode=True,
        hl_lines=list(marked),
    )
    return mark_safe(highlight(text, lexer, formatter))  # noqa: S308 - Pygments escapes input


def highlight_with_context(
    snippet: str, context: Mapping[str, Any], *, path: str, start_line: int, end_line: int
) -> SafeString:
    """The finding's lines with the context lines the scan stored around them (already masked
    by the engines), the finding's own lines marked. Without stored context, or when the
    snippet was cut short (so the lines after it would be misnumbered), only the snippet."""
    before = [str(line) for line in context.get("before") or []]
    after = [str(line) for line in context.get("after") or []]
    own = snippet.split("\n") if snippet else []
    if not own or len(own) != max(1, end_line - start_line + 1):
        after = []
    if not own:
        before = []
    text = "\n".join([*before, *own, *after])
    marked = range(len(before) + 1, len(before) + len(own) + 1)
    return highlight_snippet(text, path=path, first_line=start_line - len(before), marked=marked)


def stylesheet() -> str:
    """The CSS for ``highlight_snippet`` (written to static/findings/pygments.css)."""
    return str(HtmlFormatter(style="default").get_style_defs(".highlight"))
