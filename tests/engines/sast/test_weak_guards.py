"""Guard helpers judged by what they check (weak_guards.py): read from the text, then taken out
of the scan's rules, so a flow through one that lets an attack pass is reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracesec.engines.model import ScanConfig, TargetFile
from tracesec.engines.sast import start
from tracesec.engines.sast.command import bundled_rules
from tracesec.engines.sast.weak_guards import weak_guards, without_weak_guards

WEAK = {
    # an unanchored expression searched for: any page name containing a letter passes
    "inc/functions.php": """<?php
function is_valid_page(string $page): bool
{
    return $page !== '' && preg_match('/[a-z_]+/', $page) === 1;
}
""",
    # a host-only prefix: https://gis.example.com.attacker.tld passes
    "app/guards.py": '''
def is_trusted_gis_server(url: str) -> bool:
    """The county mirror only."""
    return url.startswith("https://gis.example.com")
''',
    # a local path check that lets //attacker.tld through
    "Infrastructure/ReturnUrlValidator.cs": """
public static class ReturnUrlValidator
{
    public static bool IsSafe(string returnUrl) =>
        !string.IsNullOrWhiteSpace(returnUrl) && returnUrl.StartsWith('/');
}
""",
    "internal/platform/urls.go": """package platform

import "strings"

func IsLocalPath(target string) bool {
	return strings.HasPrefix(target, "/")
}
""",
    # anchored at the start only
    "src/cors.js": """
function isAllowedOrigin(origin) {
  return /^https:\\/\\/([a-z0-9-]+\\.)*example\\.com/i.test(origin);
}
module.exports = { isAllowedOrigin };
""",
    # expressions and prefixes kept in a name of the file
    "Infrastructure/StationCodes.cs": """
public static partial class StationCodes
{
    [GeneratedRegex("[A-Z0-9-]{3,8}")]
    private static partial Regex TailNumberPattern();

    public static bool IsTailNumber(string? value) =>
        value is not null && TailNumberPattern().IsMatch(value);
}
""",
    "lib/media.ts": """
const RECORDING_NAME = /[\\w.-]+\\.(webm|ogg|mp3)$/i;
export function isSupportedRecordingName(fileName: string): boolean {
  return RECORDING_NAME.test(fileName);
}
""",
    "app/slugs.py": """
import re

_SLUG = re.compile(r"[a-z0-9-]+")
GIS_BASE = "https://gis.example.com"


def is_valid_slug(value: str) -> bool:
    return bool(_SLUG.match(value))


def is_trusted_mirror(url: str) -> bool:
    return url.startswith(GIS_BASE)
""",
    # the test decides what an `if` returns: the value itself, or true
    "security/urls.py": """
def local_next(target, default="/"):
    if target and target.startswith("/"):
        return target
    return default
""",
    "src/Web/LocalPaths.java": """
class LocalPaths {
    static boolean isLocalTarget(String next) {
        if (next != null && next.startsWith("/")) {
            return true;
        }
        return false;
    }
}
""",
}

STRONG = {
    "inc/checks.php": """<?php
function is_valid_slug(string $slug): bool
{
    return preg_match('/^[a-z0-9-]{1,40}$/', $slug) === 1;
}
""",
    "app/hosts.py": """
from urllib.parse import urlparse

def is_allowed_host(url: str) -> bool:
    return url.startswith("https://") and urlparse(url).hostname in {"a.example.com"}
""",
    "web/redirects.ts": """
export function isSafeRedirect(value: string): boolean {
  if (!value.startsWith('/')) return false;
  if (value.startsWith('//') || value.startsWith('/\\\\')) return false;
  return !/[\\u0000-\\u001f]/.test(value);
}
""",
    # a search for what is refused, not for what is let through
    "lib/archive.php": """<?php
function ks_is_safe_entry(string $name): bool
{
    if ($name === '' || preg_match('#^[a-z]:#i', $name)) {
        return false;
    }
    return true;
}
""",
    "Infrastructure/InputRules.cs": """
public static partial class InputRules
{
    [GeneratedRegex(@"^[A-Z]{2}\\d{8}$")]
    private static partial Regex PolicyPattern();

    public static bool IsPolicyNumber(string value) => PolicyPattern().IsMatch(value);
}
""",
    "app/codes.py": """
import re

_CODE = re.compile(r"[A-Z]{3}-\\d{2}$")


def is_valid_code(value: str) -> bool:
    return bool(_CODE.match(value))
""",
    # a JavaScript literal whose body holds `/` (escaped, in a class): anchored at both ends
    "lib/redirects.ts": """
const RELATIVE_PATH = /^\\/(?![/\\\\])[\\x21-\\x7e]*$/;
export function safeReturnPath(value: string | null, fallback = '/'): string {
  return value && RELATIVE_PATH.test(value) ? value : fallback;
}
""",
    # a Java literal holding an escaped quote is read whole or not at all
    "src/Names.java": """
class Names {
    private static final Pattern QUOTED = Pattern.compile("^[^\\"]{1,40}$");
    static boolean isValidName(String value) {
        return QUOTED.matcher(value).find();
    }
}
""",
    # an `if` that refuses what its test finds, or answers false when it passes
    "security/paths.py": """
def safe_next(target, default="/"):
    if not target.startswith("/") or target.startswith("//"):
        return default
    return target


def is_local_only(target):
    if target.startswith("/"):
        return False
    return True
""",
    "web/hosts.go": """package web

import "strings"

func IsTrustedFeed(u string) bool {
	return strings.HasPrefix(u, "https://feeds.example.com/")
}
""",
}


def test_a_helper_whose_check_lets_an_attack_through_is_weak() -> None:
    assert weak_guards(WEAK.items()) == {
        "is_valid_page",
        "is_trusted_gis_server",
        "IsSafe",
        "IsLocalPath",
        "isAllowedOrigin",
        "IsTailNumber",
        "isSupportedRecordingName",
        "is_valid_slug",
        "is_trusted_mirror",
        "local_next",
        "isLocalTarget",
    }


def test_anchored_parsed_refusing_and_path_bounded_checks_stay_guards() -> None:
    assert weak_guards(STRONG.items()) == frozenset()


def test_a_name_that_guards_in_another_file_stays_a_guard() -> None:
    both = {
        **WEAK,
        "other/guards.py": "def is_trusted_gis_server(url):\n"
        "    return urlparse(url).hostname == 'gis.example.com'\n",
    }
    assert "is_trusted_gis_server" not in weak_guards(both.items())


def test_the_rules_no_longer_take_a_weak_name_for_a_guard() -> None:
    rules = bundled_rules(["php"])
    rewritten = without_weak_guards(rules, ["is_valid_page"])
    changed = [r["id"] for r, s in zip(rules, rewritten, strict=True) if r != s]
    assert "trace.php.path-traversal.tainted-include" in changed
    assert without_weak_guards(rules, []) == rules
    # a format check's name (`StationCodes.IsTailNumber(x)`) is read by its own metavariable
    csharp = bundled_rules(["csharp"])
    formats = without_weak_guards(csharp, ["IsTailNumber"])
    changed = [r["id"] for r, s in zip(csharp, formats, strict=True) if r != s]
    assert "trace.csharp.sql-injection.tainted-query" in changed


PAGE = """<?php
require_once __DIR__ . '/inc/functions.php';

$page = strtolower((string) ($_GET['page'] ?? 'home'));
if (!is_valid_page($page)) {
    $page = 'home';
}
include __DIR__ . '/pages/' . $page . '.php';
"""


def _scan(root: Path, files: dict[str, str], config: ScanConfig) -> set[tuple[str, int, str]]:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    targets = [
        TargetFile(path=rel, abspath=root / rel, size=(root / rel).stat().st_size) for rel in files
    ]
    outcome = start(root, targets, config).wait()
    return {(f.location.path, f.location.start_line, f.rule_id) for f in outcome.findings}


@pytest.mark.parametrize("cached", [False, True])
def test_a_weak_guard_of_another_file_clears_nothing(tmp_path: Path, cached: bool) -> None:
    """The page checks `$page` with a helper of another file: anchored, the include is clean;
    edited to search an unanchored expression, the include is reported, also when the page's
    own results were cached (the weak guards are part of what the cache keys name)."""
    config = ScanConfig(sast_timeout_seconds=300, cache_dir=tmp_path / "cache" if cached else None)
    include = ("index.php", 8, "trace.php.path-traversal.tainted-include")
    strong = {
        "index.php": PAGE,
        "inc/functions.php": STRONG["inc/checks.php"].replace(
            "is_valid_slug(string $slug)", "is_valid_page(string $slug)"
        ),
    }
    assert include not in _scan(tmp_path / "tree", strong, config)
    weak = {"index.php": PAGE, "inc/functions.php": WEAK["inc/functions.php"]}
    assert include in _scan(tmp_path / "tree", weak, config)
