"""CODEOWNERS in GitHub and Bitbucket syntax: patterns, owners, last match wins, where the file
is found, and hostile files (huge, many rules, absurd patterns) parsed with bounded work."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tracesec.engines import codeowners
from tracesec.engines.codeowners import Owner, parse, pattern_regex

GITHUB = """\
# Lines starting with # are comments.
*            @global-owner
*.js         @js-owner  # an inline comment
/build/logs/ @doctocat
docs/*       docs@example.com
apps/        @octocat
**/logs      @acme/logs
/apps/github
"""


def _owners(text: str, path: str) -> list[str] | None:
    rule = parse(text).owner_rule(path)
    return None if rule is None else [o.text for o in rule.owners]


@pytest.mark.parametrize(
    ("path", "owners"),
    [
        ("README.md", ["@global-owner"]),
        ("web/app.js", ["@js-owner"]),  # no slash: matches at any depth
        ("build/logs/today/run.txt", ["@acme/logs"]),  # the last match wins
        ("docs/getting-started.md", ["docs@example.com"]),
        ("docs/build-app/troubleshooting.md", ["@global-owner"]),  # docs/* is one level
        ("deep/apps/x/y.py", ["@octocat"]),  # apps/ is any apps directory
        ("apps", ["@global-owner"]),  # ... and a directory, not a file named apps
        ("apps/github/hook.py", []),  # a rule without owners: nobody owns it
        ("x/logs/y/z", ["@acme/logs"]),
    ],
)
def test_github_semantics(path: str, owners: list[str]) -> None:
    assert _owners(GITHUB, path) == owners


@pytest.mark.parametrize(
    ("pattern", "matching", "not_matching"),
    [
        ("/src/", ["src/a.py", "src/b/c.py"], ["lib/src/a.py", "src"]),
        ("src/*.py", ["src/a.py"], ["src/b/c.py", "x/src/a.py"]),
        ("a/**/b.py", ["a/b.py", "a/x/y/b.py"], ["b.py", "c/a/b.py"]),
        ("**/tests/**", ["tests/a", "x/tests/y/z"], ["tests", "x/tests"]),
        ("file?.txt", ["file1.txt", "d/fileA.txt"], ["file10.txt", "file/.txt"]),
        ("!keep.txt", ["!keep.txt"], ["keep.txt"]),  # negation is not in the syntax
        ("[ab].txt", ["[ab].txt"], ["a.txt"]),  # nor are ranges
        ("/config.py", ["config.py"], ["app/config.py"]),
    ],
)
def test_patterns(pattern: str, matching: list[str], not_matching: list[str]) -> None:
    rules = parse(f"{pattern} @owner\n")
    for path in matching:
        assert rules.owner_rule(path) is not None, (pattern, pattern_regex(pattern), path)
    for path in not_matching:
        assert rules.owner_rule(path) is None, (pattern, pattern_regex(pattern), path)


def test_owner_kinds_of_both_syntaxes() -> None:
    text = (
        '*.py  @dana  @acme/backend  Lee@Example.com  @kim@example.com  @"Dana Dev"\n'
        "*.tf  @workspace-slug/sre:random(2)  @teams/leads:least_busy(1)  @ws/web:all\n"
        '*.md  @@writers  @@"Dev Ops Team"\n'
    )
    rules = parse(text).rules
    assert rules[0].owners == (
        Owner("@dana", "user", "dana"),
        Owner("@acme/backend", "team", "acme/backend"),
        Owner("Lee@Example.com", "email", "lee@example.com"),
        Owner("@kim@example.com", "email", "kim@example.com"),
        Owner('@"Dana Dev"', "name", "Dana Dev"),
    )
    assert [(o.value, o.selector) for o in rules[1].owners] == [
        ("workspace-slug/sre", "random(2)"),
        ("teams/leads", "least_busy(1)"),
        ("ws/web", "all"),
    ]
    assert [(o.kind, o.value) for o in rules[2].owners] == [
        ("group", "writers"),
        ("group", "Dev Ops Team"),
    ]


def test_bitbucket_group_definitions_checks_and_quoted_patterns() -> None:
    text = (
        "@@@Frontend @alice bob@example.com\n"
        "Check(@@Frontend >= 1)\n"
        "OverallCheck(2)\n"
        "CODEOWNERS.toplevel.assignment_routing random 2\n"
        '"web app/*"  @@Frontend  @carol\n'
        "\\#notes.txt  @dave\n"
    )
    parsed = parse(text)
    assert [r.line for r in parsed.rules] == [5, 6]
    assert [o.text for o in parsed.owner_rule("web app/x.ts").owners] == [  # type: ignore[union-attr]
        "@alice",
        "bob@example.com",
        "@carol",
    ]
    assert parsed.owner_rule("#notes.txt") is not None
    assert parsed.problems == []


def test_what_names_nobody_is_reported_not_raised() -> None:
    parsed = parse("src/  nobody!  @a/b/c  @  @good\n")
    assert [o.text for o in parsed.rules[0].owners] == ["@good"]
    assert len(parsed.problems) == 3


def test_group_definitions_that_refer_to_each_other_end() -> None:
    parsed = parse("@@@A @@B @x\n@@@B @@A @y\n* @@A\n")
    owners = {o.text for o in parsed.rules[0].owners}
    assert {"@x", "@y"} <= owners
    assert len(parsed.rules[0].owners) <= codeowners.MAX_OWNERS


def test_a_huge_file_is_not_used() -> None:
    parsed = parse(b"* @owner\n" * (codeowners.MAX_BYTES // 9 + 1))
    assert parsed.rules == ()
    assert "over the" in parsed.problems[0]


def test_too_many_rules_means_no_rules_rather_than_a_cut_file() -> None:
    text = "".join(f"dir{i}/ @owner{i}\n" for i in range(codeowners.MAX_RULES + 1))
    parsed = parse(text)
    assert parsed.rules == ()
    assert "more than" in parsed.problems[-1]


def test_long_lines_and_patterns_are_skipped() -> None:
    parsed = parse("x" * 5000 + " @a\n" + "y" * 2000 + " @b\n* @c\n")
    assert [r.line for r in parsed.rules] == [3]
    assert len(parsed.problems) == 2


def test_absurd_patterns_match_in_bounded_time() -> None:
    # thousands of backtracking-prone patterns against long paths: RE2 stays linear
    stars = "*a" * 15 + "*b"
    text = "".join(f"{stars}{i} @o{i}\n**/{'**/' * 200}x{i}/ @p{i}\n" for i in range(2000))
    text += "*a" * 400 + " @too-many-wildcards\n"
    parsed = parse(text)
    assert any("wildcards" in p for p in parsed.problems)
    paths = ["a" * 900 + str(i) for i in range(200)] + ["/".join(["d"] * 400) + "/x7/f"]
    started = time.monotonic()
    found = parsed.owner_rules(paths)
    assert time.monotonic() - started < 10
    assert [o.text for o in found[paths[-1]].owners] == ["@p7"]


def test_read_finds_the_file_where_each_provider_looks(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "CODEOWNERS").write_text("* @docs-owner\n")
    (tmp_path / ".bitbucket").mkdir()
    (tmp_path / ".bitbucket" / "CODEOWNERS").write_text("* @bitbucket-owner\n")
    github = codeowners.read(tmp_path, "github")
    assert github is not None
    assert github.source == "docs/CODEOWNERS"
    bitbucket = codeowners.read(tmp_path, "bitbucket")
    assert bitbucket is not None
    assert bitbucket.source == ".bitbucket/CODEOWNERS"
    (tmp_path / ".github").mkdir()
    (tmp_path / ".github" / "CODEOWNERS").write_text("* @github-owner\n")
    assert codeowners.read(tmp_path, "github").source == ".github/CODEOWNERS"  # type: ignore[union-attr]
    assert codeowners.read(tmp_path / "nothing-here", "github") is None


def test_read_does_not_follow_symlinks(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "CODEOWNERS").write_text("* @outsider\n")
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "CODEOWNERS").symlink_to(outside / "CODEOWNERS")
    (tree / ".github").symlink_to(outside, target_is_directory=True)
    assert codeowners.read(tree, "github") is None


def test_ownership_keeps_only_the_deciding_rules() -> None:
    parsed = parse(GITHUB)
    kept = codeowners.ownership(parsed, ["web/app.js", "lib/x.js", "README.md", "apps/github/a"])
    assert kept["file"] == "CODEOWNERS"
    assert [r["pattern"] for r in kept["rules"]] == ["*", "*.js", "/apps/github"]  # file order
    assert kept["paths"]["lib/x.js"] == kept["paths"]["web/app.js"]
    assert kept["rules"][kept["paths"]["README.md"]]["owners"] == ["@global-owner"]
    assert kept["rules"][kept["paths"]["apps/github/a"]]["owners"] == []


def test_a_path_that_is_not_valid_utf8_is_matched_without_error() -> None:
    parsed = parse("src/ @owner\n")
    rule = parsed.owner_rule("src/caf\udce9.py")  # a file name read with surrogateescape
    assert rule is not None
    assert [o.text for o in rule.owners] == ["@owner"]
