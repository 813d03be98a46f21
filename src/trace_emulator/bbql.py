"""A subset of Bitbucket's query language (BBQL) for `q=` and `sort=` on repository lists.

Supported: comparisons `=`, `!=`, `~` (contains, case-insensitive), `!~`, `>`, `>=`, `<`, `<=`
on the fields below; `AND`/`OR`; parentheses; string, number, boolean, `null` and date values.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

FIELDS = {
    "name",
    "slug",
    "full_name",
    "uuid",
    "description",
    "language",
    "is_private",
    "updated_on",
    "created_on",
    "project.key",
    "project.name",
    "project.uuid",
    "mainbranch.name",
    "size",
}
DATE_FIELDS = {"updated_on", "created_on"}

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<lp>\() | (?P<rp>\)) |
        (?P<op>!=|>=|<=|!~|=|~|>|<) |
        (?P<str>"(?:[^"\\]|\\.)*") |
        (?P<word>[A-Za-z0-9_.:+\-{}]+)
    )""",
    re.VERBOSE,
)


class QueryError(ValueError):
    pass


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise QueryError(f"Invalid query near position {pos}")
        kind = m.lastgroup or ""
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


def _field_value(repo: dict[str, Any], path: str) -> Any:
    value: Any = repo
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _parse_date(value: Any) -> datetime:
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError as exc:
        raise QueryError(f"Invalid date value: {value}") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _literal(kind: str, raw: str) -> Any:
    if kind == "str":
        return bytes(raw[1:-1], "utf-8").decode("unicode_escape")
    low = raw.lower()
    if low in ("true", "false"):
        return low == "true"
    if low == "null":
        return None
    try:
        return int(raw)
    except ValueError:
        pass
    return raw


def _compare(actual: Any, op: str, expected: Any, field: str) -> bool:
    if field in DATE_FIELDS and expected is not None:
        a, e = _parse_date(actual), _parse_date(expected)
        return _ordered(a, op, e)
    if op in ("~", "!~"):
        hit = str(expected).lower() in str(actual or "").lower()
        return hit if op == "~" else not hit
    if isinstance(actual, bool) or isinstance(expected, bool):
        if op not in ("=", "!="):
            raise QueryError(f"Operator {op} is not valid for {field}")
        return (actual == expected) == (op == "=")
    if op == "=":
        return _norm(actual) == _norm(expected)
    if op == "!=":
        return _norm(actual) != _norm(expected)
    if isinstance(actual, int) and isinstance(expected, int):
        return _ordered(actual, op, expected)
    return _ordered(str(actual), op, str(expected))


def _norm(v: Any) -> Any:
    return v.lower() if isinstance(v, str) else v


def _ordered(a: Any, op: str, e: Any) -> bool:
    return {
        ">": a > e,
        ">=": a >= e,
        "<": a < e,
        "<=": a <= e,
        "=": a == e,
        "!=": a != e,
    }.get(op, False)


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.i = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        tok = self.peek()
        if tok is None:
            raise QueryError("Unexpected end of query")
        self.i += 1
        return tok

    def parse(self) -> Callable[[dict[str, Any]], bool]:
        expr = self.or_expr()
        if self.peek() is not None:
            raise QueryError(f"Unexpected token: {self.peek()[1]}")  # type: ignore[index]
        return expr

    def or_expr(self) -> Callable[[dict[str, Any]], bool]:
        left = self.and_expr()
        while (tok := self.peek()) and tok[0] == "word" and tok[1].upper() == "OR":
            self.take()
            right = self.and_expr()
            left = (lambda a, b: lambda r: a(r) or b(r))(left, right)
        return left

    def and_expr(self) -> Callable[[dict[str, Any]], bool]:
        left = self.atom()
        while (tok := self.peek()) and tok[0] == "word" and tok[1].upper() == "AND":
            self.take()
            right = self.atom()
            left = (lambda a, b: lambda r: a(r) and b(r))(left, right)
        return left

    def atom(self) -> Callable[[dict[str, Any]], bool]:
        kind, raw = self.take()
        if kind == "lp":
            inner = self.or_expr()
            if self.take()[0] != "rp":
                raise QueryError("Missing closing parenthesis")
            return inner
        if kind != "word" or raw not in FIELDS:
            raise QueryError(f"Invalid field name: {raw}")
        op_kind, op = self.take()
        if op_kind != "op":
            raise QueryError(f"Expected an operator after {raw}")
        vkind, vraw = self.take()
        if vkind not in ("str", "word"):
            raise QueryError(f"Expected a value after {raw} {op}")
        value = _literal(vkind, vraw)
        field = raw
        return lambda r: _compare(_field_value(r, field), op, value, field)


def compile_query(q: str) -> Callable[[dict[str, Any]], bool]:
    return _Parser(_tokens(q)).parse()


def sort_key(spec: str) -> tuple[str, bool]:
    reverse = spec.startswith("-")
    field = spec.lstrip("-+")
    if field not in FIELDS:
        raise QueryError(f"Invalid sort field: {field}")
    return field, reverse


def apply_sort(items: list[dict[str, Any]], spec: str) -> list[dict[str, Any]]:
    field, reverse = sort_key(spec)

    def key(r: dict[str, Any]) -> tuple[int, Any]:
        v = _field_value(r, field)
        if v is None:
            return (1, "")
        return (0, v.lower() if isinstance(v, str) else v)

    return sorted(items, key=key, reverse=reverse)


def apply_fields(doc: Any, spec: str) -> Any:
    """Partial responses: `a,b.c` keeps only those; `+x` adds to / `-x` removes from the default."""
    parts = [p.strip() for p in spec.split(",") if p.strip()]
    includes = [p for p in parts if not p.startswith(("+", "-"))]
    excludes = [p[1:] for p in parts if p.startswith("-")]
    result = _select(doc, [p.split(".") for p in includes]) if includes else doc
    for path in excludes:
        _remove(result, path.split("."))
    return result


def _select(doc: Any, paths: list[list[str]]) -> Any:
    if isinstance(doc, list):
        return [_select(item, paths) for item in doc]
    if not isinstance(doc, dict):
        return doc
    if any(p == ["*"] or not p for p in paths):
        return doc
    out: dict[str, Any] = {}
    heads: dict[str, list[list[str]]] = {}
    for p in paths:
        heads.setdefault(p[0], []).append(p[1:])
    for head, rests in heads.items():
        keys = list(doc.keys()) if head == "*" else [head]
        for k in keys:
            if k not in doc:
                continue
            if any(not r for r in rests):
                out[k] = doc[k]
            else:
                out[k] = _select(doc[k], rests)
    return out


def _remove(doc: Any, path: list[str]) -> None:
    if isinstance(doc, list):
        for item in doc:
            _remove(item, path)
        return
    if not isinstance(doc, dict) or not path:
        return
    if len(path) == 1:
        doc.pop(path[0], None)
    elif path[0] in doc:
        _remove(doc[path[0]], path[1:])
