"""Syntax-highlighted finding context with Pygments (CSS classes only: the CSP forbids inline
styles). The text is the engine's stored snippet, which for secrets is already masked; we
never re-read the repository here."""

from __future__ import annotations

from django.utils.safestring import SafeString, mark_safe
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_for_filename
from pygments.lexers.special import TextLexer
from pygments.util import ClassNotFound

MAX_SNIPPET_CHARS = 20_000


def highlight_snippet(snippet: str, *, path: str, first_line: int) -> SafeString:
    """HTML for ``snippet`` (escaped by Pygments), numbered from ``first_line``; empty when
    there is no excerpt (the page then says where the finding is instead)."""
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
    )
    return mark_safe(highlight(text, lexer, formatter))  # noqa: S308 - Pygments escapes input


def stylesheet() -> str:
    """The CSS for ``highlight_snippet`` (written to static/findings/pygments.css)."""
    return str(HtmlFormatter(style="default").get_style_defs(".highlight"))
