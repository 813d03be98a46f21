"""Import reachability: does the repository's own code import a package at all?

A coarse, cheap signal used to rank SCA findings (a vulnerable package the code never imports
is usually less urgent), never to hide them. Source files of the one walk are read as text and
their import statements matched with regular expressions; nothing is executed or resolved.
Per package the answer is True (some source file under the manifest's directory imports it),
False (there is source code of that language there, and none of it does) or None (no source
code of that language to judge by, or an ecosystem we do not read).

Test code is read apart: a package imported only by tests (``*_test.go``, ``test_*.py``,
``*.spec.ts``, ``src/test/``, ``tests/`` ...) is test-only, which tells dev/test from runtime
where the manifest does not (go.mod never does).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tracesec.engines.model import Package, TargetFile
from tracesec.engines.sca import names

# Source files beyond this size are generated or vendored: not the repository's own code.
MAX_SOURCE_BYTES = 1024 * 1024

_LANGUAGES = {
    ".py": "python",
    ".pyi": "python",
    ".js": "js",
    ".jsx": "js",
    ".mjs": "js",
    ".cjs": "js",
    ".ts": "js",
    ".tsx": "js",
    ".mts": "js",
    ".cts": "js",
    ".vue": "js",
    ".svelte": "js",
    ".go": "go",
    ".java": "java",
    ".kt": "java",
    ".scala": "java",
    ".groovy": "java",
}
_ECOSYSTEM_LANGUAGE = {"PyPI": "python", "npm": "js", "Go": "go", "Maven": "java"}

_PY_IMPORT = re.compile(r"^[ \t]*import[ \t]+([\w.]+(?:[ \t]*,[ \t]*[\w.]+)*)", re.MULTILINE)
_PY_FROM = re.compile(r"^[ \t]*from[ \t]+([\w][\w.]*)[ \t]+import\b", re.MULTILINE)
_JS_SPEC = re.compile(
    r"""(?:\brequire\s*\(\s*|\bimport\s*\(\s*|\bfrom\s+|\bimport\s+)["']([^"'\n]+)["']"""
)
_GO_BLOCK = re.compile(r"^import\s*\(([^)]*)\)", re.MULTILINE)
_GO_SINGLE = re.compile(r"""^import\s+(?:[\w.]+\s+)?"([^"\n]+)\"""", re.MULTILINE)
_GO_QUOTED = re.compile(r'"([^"\n]+)"')
_JAVA_IMPORT = re.compile(r"^[ \t]*import[ \t]+(?:static[ \t]+)?([\w.]+)", re.MULTILINE)

# Distributions whose import name is not their own name, lower-cased with "-" -> "_"
# (the obvious, well-known ones; anything else is guessed from the distribution name).
_PY_MODULES: dict[str, tuple[str, ...]] = {
    "pyyaml": ("yaml",),
    "beautifulsoup4": ("bs4",),
    "pillow": ("PIL",),
    "scikit-learn": ("sklearn",),
    "python-dateutil": ("dateutil",),
    "protobuf": ("google.protobuf",),
    "opencv-python": ("cv2",),
    "opencv-python-headless": ("cv2",),
    "pyjwt": ("jwt",),
    "python-jose": ("jose",),
    "attrs": ("attr", "attrs"),
    "psycopg2-binary": ("psycopg2",),
    "mysqlclient": ("MySQLdb",),
    "pycryptodome": ("Crypto",),
    "pycryptodomex": ("Cryptodome",),
    "pyopenssl": ("OpenSSL",),
    "djangorestframework": ("rest_framework",),
    "django-cors-headers": ("corsheaders",),
    "python-multipart": ("multipart",),
    "python-dotenv": ("dotenv",),
    "setuptools": ("setuptools", "pkg_resources"),
    "pymysql": ("pymysql",),
    "pyserial": ("serial",),
    "pyzmq": ("zmq",),
    "msgpack-python": ("msgpack",),
    "google-cloud-storage": ("google.cloud.storage",),
    "grpcio": ("grpc",),
    "ruamel-yaml": ("ruamel.yaml",),
}


_TEST_DIRS = ("test", "tests", "__tests__", "testing", "spec", "testdata")
_TEST_FILE = re.compile(
    r"(_test\.go|^test_.*\.py|_test\.py|^conftest\.py|\.(test|spec)\.[cm]?[jt]sx?|"
    r"Tests?\.(java|kt|scala|groovy))$"
)


def is_test_path(path: str) -> bool:
    """A test source file by the usual conventions of the languages we read."""
    *dirs, name = path.split("/")
    return bool(_TEST_FILE.search(name)) or any(d in _TEST_DIRS for d in dirs)


@dataclass(frozen=True, slots=True)
class Usage:
    imported: bool | None  # see the module docstring
    test_only: bool = False  # imported, but only by test code


@dataclass(slots=True)
class _Imports:
    """What the code under one directory imports, per language."""

    # dotted module names and their parents, lower-cased (the mapping is a heuristic anyway)
    python: set[str] = field(default_factory=set)
    js: set[str] = field(default_factory=set)  # package names ("lodash", "@scope/pkg")
    go: set[str] = field(default_factory=set)  # import paths
    java: set[str] = field(default_factory=set)  # imported classes/packages, dotted
    languages: set[str] = field(default_factory=set)


def _python(text: str, into: set[str]) -> None:
    modules: list[str] = [m.group(1) for m in _PY_FROM.finditer(text)]
    for match in _PY_IMPORT.finditer(text):
        modules.extend(part.strip() for part in match.group(1).split(","))
    for module in modules:
        if module.startswith("."):
            continue
        parts = module.lower().split(".")
        for n in range(1, len(parts) + 1):
            into.add(".".join(parts[:n]))


def _js(text: str, into: set[str]) -> None:
    for match in _JS_SPEC.finditer(text):
        spec = match.group(1).removeprefix("node:")
        if spec.startswith((".", "/")) or not spec:
            continue
        parts = spec.split("/")
        into.add("/".join(parts[:2]) if spec.startswith("@") else parts[0])


def _go(text: str, into: set[str]) -> None:
    for block in _GO_BLOCK.finditer(text):
        into.update(m.group(1) for m in _GO_QUOTED.finditer(block.group(1)))
    into.update(m.group(1) for m in _GO_SINGLE.finditer(text))


def _java(text: str, into: set[str]) -> None:
    into.update(m.group(1) for m in _JAVA_IMPORT.finditer(text))


_READERS = {"python": _python, "js": _js, "go": _go, "java": _java}


def collect(files: Sequence[TargetFile]) -> dict[tuple[str, bool], _Imports]:
    """Imports per (source file's directory, is test code); "" is the root."""
    found: dict[tuple[str, bool], _Imports] = {}
    for target in files:
        dot = target.path.rfind(".")
        language = _LANGUAGES.get(target.path[dot:].lower()) if dot > 0 else None
        if language is None or target.size > MAX_SOURCE_BYTES:
            continue
        try:
            text = target.abspath.read_bytes().decode("utf-8", errors="replace")
        except OSError:
            continue
        directory = target.path.rsplit("/", 1)[0] if "/" in target.path else ""
        imports = found.setdefault((directory, is_test_path(target.path)), _Imports())
        imports.languages.add(language)
        _READERS[language](text, getattr(imports, language))
    return found


def _python_candidates(name: str) -> tuple[str, ...]:
    normalized = names.normalize("PyPI", name)
    known = _PY_MODULES.get(normalized)
    if known:
        return known
    guess = normalized.replace("-", "_")
    # "django-filter" is imported as "django_filters"; "flask-login" as "flask_login"
    return (guess, name.replace("-", "_"), guess.replace("_", "."))


def _imports(pkg: Package, imports: _Imports) -> bool:
    if pkg.ecosystem == "PyPI":
        return any(c.lower() in imports.python for c in _python_candidates(pkg.name))
    if pkg.ecosystem == "npm":
        return pkg.name in imports.js
    if pkg.ecosystem == "Go":
        if pkg.name == "stdlib":
            # every Go program uses the standard library (at least its runtime)
            return True
        module = pkg.name
        return any(path == module or path.startswith(module + "/") for path in imports.go)
    if pkg.ecosystem == "Maven":
        return any(_java_match(pkg.name, item) for item in imports.java)
    return False


def _java_prefixes(coordinate: str) -> tuple[str, ...]:
    """Package prefixes a Maven artifact's classes likely live under (groupId heuristics)."""
    group, _, artifact = coordinate.partition(":")
    prefixes = [group]
    segments = group.split(".")
    if len(segments) >= 3:
        # com.fasterxml.jackson.core:jackson-databind -> com.fasterxml.jackson.databind
        prefixes.append(".".join(segments[:-1]))
    if "." not in group:
        # old-style groupIds (commons-io:commons-io) -> org.apache.commons.io
        prefixes.append("org.apache." + artifact.replace("-", "."))
    return tuple(p for p in prefixes if p.count(".") >= 1)


def _java_match(coordinate: str, imported: str) -> bool:
    return any(
        imported == prefix or imported.startswith(prefix + ".")
        for prefix in _java_prefixes(coordinate)
    )


def _scope(manifest_path: str) -> str:
    return manifest_path.rsplit("/", 1)[0] if "/" in manifest_path else ""


def _under(directory: str, scope: str) -> bool:
    return not scope or directory == scope or directory.startswith(scope + "/")


def _merged(by_directory: dict[tuple[str, bool], _Imports], scope: str, test: bool) -> _Imports:
    imports = _Imports()
    for (directory, is_test), found in by_directory.items():
        if is_test == test and _under(directory, scope):
            for lang in found.languages:
                getattr(imports, lang).update(getattr(found, lang))
            imports.languages |= found.languages
    return imports


UsageKey = tuple[str, str, str]


def usage_key(pkg: Package) -> UsageKey:
    """What the answer depends on (a Package itself may hold lists, e.g. read from the cache)."""
    return (pkg.ecosystem, pkg.name, pkg.manifest_path)


def usage(packages: Iterable[Package], files: Sequence[TargetFile]) -> dict[UsageKey, Usage]:
    """For each package (by ``usage_key``): does code under its manifest's directory import
    it, and only tests?"""
    by_directory = collect(files)
    merged: dict[str, tuple[_Imports, _Imports]] = {}
    answers: dict[UsageKey, Usage] = {}
    for pkg in packages:
        key = usage_key(pkg)
        if key in answers:
            continue
        language = _ECOSYSTEM_LANGUAGE.get(pkg.ecosystem)
        if language is None:
            answers[key] = Usage(None)
            continue
        scope = _scope(pkg.manifest_path)
        if scope not in merged:
            merged[scope] = (
                _merged(by_directory, scope, test=False),
                _merged(by_directory, scope, test=True),
            )
        code, tests = merged[scope]
        in_code = _imports(pkg, code) if language in code.languages else None
        in_tests = _imports(pkg, tests) if language in tests.languages else None
        if in_code or in_tests:
            answers[key] = Usage(True, test_only=not in_code)
        elif in_code is None and in_tests is None:
            answers[key] = Usage(None)
        else:
            answers[key] = Usage(False)
    return answers
