"""Repository query language subset: filters, sorting and partial responses."""

from __future__ import annotations

import pytest

from trace_emulator import bbql


def _repo(name: str, private: bool, key: str, updated: str, size: int) -> dict:
    return {
        "name": name,
        "is_private": private,
        "project": {"key": key},
        "updated_on": f"{updated}T00:00:00+00:00",
        "size": size,
    }


REPOS = [
    _repo("alpha", True, "PAY", "2026-01-01", 10),
    _repo("beta", False, "WEB", "2026-03-01", 30),
    _repo("gamma", True, "WEB", "2026-02-01", 20),
]


def _names(q: str) -> list[str]:
    pred = bbql.compile_query(q)
    return [r["name"] for r in REPOS if pred(r)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('name = "beta"', ["beta"]),
        ('name != "beta"', ["alpha", "gamma"]),
        ('name ~ "AM"', ["gamma"]),
        ('name !~ "a"', []),
        ("is_private = true", ["alpha", "gamma"]),
        ('project.key = "WEB" AND is_private = true', ["gamma"]),
        ('project.key = "PAY" OR name = "beta"', ["alpha", "beta"]),
        ('(project.key = "PAY" OR name = "beta") AND is_private = false', ["beta"]),
        ("updated_on > 2026-01-15T00:00:00Z", ["beta", "gamma"]),
        ('updated_on <= "2026-02-01T00:00:00+00:00"', ["alpha", "gamma"]),
        ("size >= 20", ["beta", "gamma"]),
    ],
)
def test_queries(query: str, expected: list[str]) -> None:
    assert _names(query) == expected


@pytest.mark.parametrize(
    "query",
    ["owner = 1", 'name = "x" AND', '(name = "x"', "name", "is_private > true", 'name $ "x"'],
)
def test_invalid_queries(query: str) -> None:
    with pytest.raises(bbql.QueryError):
        _names(query)


def test_sort() -> None:
    assert [r["name"] for r in bbql.apply_sort(REPOS, "-updated_on")] == ["beta", "gamma", "alpha"]
    assert [r["name"] for r in bbql.apply_sort(REPOS, "size")] == ["alpha", "gamma", "beta"]
    with pytest.raises(bbql.QueryError):
        bbql.apply_sort(REPOS, "owner")


def test_fields() -> None:
    doc = {"next": "n", "size": 3, "values": [dict(r) for r in REPOS]}
    only = bbql.apply_fields(doc, "next,values.name,values.project.key")
    assert only == {
        "next": "n",
        "values": [{"name": r["name"], "project": {"key": r["project"]["key"]}} for r in REPOS],
    }
    minus = bbql.apply_fields(doc, "-values.size,-size")
    assert "size" not in minus
    assert all("size" not in v and "name" in v for v in minus["values"])
