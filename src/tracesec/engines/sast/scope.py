"""Which files are test code, for the SAST engine's default scope.

A flaw in a test (a query built by concatenation in a fixture, a literal password for a seeded
account) is not reachable by an attacker, and on real projects such findings outnumber the
actionable ones (on OWASP Juice Shop, 145 of 202 SAST findings sat in test code). So SAST leaves
test code out unless asked (``ScanConfig.sast_test_code``: ``trace scan --sast-test-code`` or
``sast: {test_code: true}`` in ``.trace.yml``). Secrets and SCA always read it: a real key in a
test is still a leaked key.

Test code is recognised by the conventions of the ecosystems Trace scans, not by content:

- a directory named ``test``, ``tests``, ``__tests__``, ``spec``, ``specs``, ``testdata``,
  ``e2e`` or ``cypress`` anywhere in the path (Maven/Gradle ``src/test/``, pytest, Jest, RSpec,
  Go);
- a file named ``*_test.go``, ``test_*.py``, ``*_test.py``, ``conftest.py``,
  ``*.test.{js,jsx,ts,tsx,mjs,cjs,mts,cts}``, ``*.spec.{...}`` (the same suffixes),
  ``*Test.java``, ``*Tests.java``, ``*Tests.cs``, ``*Test.cs`` or ``*Test.php``.

Every file left out is listed as skipped, with the reason, and findings already open there stay
as they were (a skipped file proves nothing fixed).
"""

from __future__ import annotations

import re

TEST_DIRECTORIES = frozenset(
    {"test", "tests", "__tests__", "spec", "specs", "testdata", "e2e", "cypress"}
)
_JS_SUFFIXES = r"(?:js|jsx|ts|tsx|mjs|cjs|mts|cts)"
_TEST_FILE = re.compile(
    r"(?:"
    r".*_test\.go"
    r"|test_.*\.py|.*_test\.py|conftest\.py"
    rf"|.*\.(?:test|spec)\.{_JS_SUFFIXES}"
    r"|.*Tests?\.(?:java|cs|php)"
    r")\Z"
)
SKIP_REASON = (
    "test code: SAST leaves it out by default (trace scan --sast-test-code, or "
    "sast: {test_code: true} in .trace.yml)"
)


def is_test_code(path: str) -> bool:
    """Whether ``path`` (POSIX, relative to the scan root) is test code by convention."""
    *directories, name = path.split("/")
    if any(d in TEST_DIRECTORIES for d in directories):
        return True
    return _TEST_FILE.match(name) is not None
