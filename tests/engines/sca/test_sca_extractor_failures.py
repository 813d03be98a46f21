"""Every parser against its failure-mode files: empty, not the format, wrong version,
missing fields, binary (``testdata/<extractor>/``), plus oversized input. One table, exact
errors (STYLE.md rule 5)."""

from __future__ import annotations

import pytest

from tests.engines.sca.sca_testpaths import TESTDATA
from tracesec.engines.sca import extractors
from tracesec.engines.sca.extractors import ParseError
from tracesec.engines.sca.extractors.base import MAX_MANIFEST_BYTES

MODULES = {module.__name__.rsplit(".", 1)[-1]: module for module in extractors.REGISTRY}
BINARY = "binary content (NUL bytes), not a text manifest"

# (extractor, file, expected): an error message, or ("ok", [(name, version)], [notes])
CASES: list[tuple[str, str, object]] = [
    ("requirements", "empty.txt", ("ok", [], [])),
    ("requirements", "not-format.txt", ("ok", [], ["not-format.txt:1: not a requirement line"])),
    (
        "requirements",
        "wrong-version.txt",
        ("ok", [], ["wrong-version.txt:1: unusable version specifier for 'flask'"]),
    ),
    (
        "requirements",
        "missing-fields.txt",
        ("ok", [], ["missing-fields.txt:1: not a requirement line"]),
    ),
    ("requirements", "binary.txt", BINARY),
    ("pipfile_lock", "empty.json", "empty file"),
    ("pipfile_lock", "not-format.json", "invalid JSON: Expecting value at line 1"),
    ("pipfile_lock", "wrong-version.json", "unsupported pipfile-spec 99 (supported: 6)"),
    ("pipfile_lock", "missing-fields.json", "not a Pipfile.lock: missing the _meta section"),
    ("pipfile_lock", "binary.json", BINARY),
    ("poetry_lock", "empty.lock", "empty file"),
    (
        "poetry_lock",
        "not-format.lock",
        "invalid TOML: Expected '=' after a key in a key/value pair (at line 1, column 6)",
    ),
    (
        "poetry_lock",
        "wrong-version.lock",
        "unsupported poetry lock-version '9.0' (supported: 1.x, 2.x)",
    ),
    ("poetry_lock", "missing-fields.lock", "package #1 has no 'version'"),
    ("poetry_lock", "binary.lock", BINARY),
    ("uv_lock", "empty.lock", "empty file"),
    (
        "uv_lock",
        "not-format.lock",
        "invalid TOML: Invalid initial character for a key part (at line 1, column 3)",
    ),
    ("uv_lock", "wrong-version.lock", "unsupported uv.lock version 2 (supported: 1)"),
    ("uv_lock", "missing-fields.lock", "package #1 has no 'name'"),
    ("uv_lock", "binary.lock", BINARY),
    ("pdm_lock", "empty.lock", "empty file"),
    ("pdm_lock", "not-format.lock", "invalid TOML: Invalid value (at line 1, column 7)"),
    ("pdm_lock", "wrong-version.lock", "unsupported pdm lock_version '3.0' (supported: 4.x)"),
    ("pdm_lock", "missing-fields.lock", "not a pdm.lock: missing the [metadata] table"),
    ("pdm_lock", "binary.lock", BINARY),
    ("pylock", "empty.toml", "empty file"),
    ("pylock", "not-format.toml", "invalid TOML: Invalid statement (at line 1, column 1)"),
    ("pylock", "wrong-version.toml", "unsupported pylock lock-version '2.0' (supported: 1.x)"),
    ("pylock", "missing-fields.toml", "not a pylock.toml: missing 'lock-version'"),
    ("pylock", "binary.toml", BINARY),
    ("package_lock", "empty.json", "empty file"),
    (
        "package_lock",
        "not-format.json",
        "not a package-lock.json: expected a JSON object at the top level",
    ),
    ("package_lock", "wrong-version.json", "unsupported lockfileVersion 7 (supported: 1, 2, 3)"),
    ("package_lock", "missing-fields.json", "not a package-lock.json: missing 'lockfileVersion'"),
    ("package_lock", "binary.json", BINARY),
    ("yarn_lock", "empty.lock", "empty file"),
    ("yarn_lock", "not-format.lock", "not a yarn.lock: unexpected line 1"),
    (
        "yarn_lock",
        "wrong-version.lock",
        "unsupported yarn.lock __metadata.version 99 (supported: 2-8)",
    ),
    ("yarn_lock", "missing-fields.lock", "entry at line 4 has no version or resolution"),
    ("yarn_lock", "binary.lock", BINARY),
    ("pnpm_lock", "empty.yaml", "empty file"),
    ("pnpm_lock", "not-format.yaml", "invalid YAML: while parsing a flow sequence"),
    (
        "pnpm_lock",
        "wrong-version.yaml",
        "unsupported pnpm lockfileVersion '4.0' (supported: 5.x to 9.x)",
    ),
    ("pnpm_lock", "missing-fields.yaml", "not a pnpm-lock.yaml: missing 'lockfileVersion'"),
    ("pnpm_lock", "binary.yaml", BINARY),
    ("bun_lock", "empty.lock", "empty file"),
    ("bun_lock", "not-format.lock", "invalid JSON: Expecting value"),
    ("bun_lock", "wrong-version.lock", "unsupported bun lockfileVersion 9 (supported: 0, 1)"),
    (
        "bun_lock",
        "missing-fields.lock",
        "package 'lodash' at line 1 is not a [name@version, ...] tuple",
    ),
    ("bun_lock", "binary.lock", BINARY),
    ("go_mod", "empty.mod", "empty file"),
    ("go_mod", "not-format.mod", "not a go.mod: unknown directive 'hello' at line 1"),
    # go.mod has no format version; a future Go version is data, not an error
    (
        "go_mod",
        "wrong-version.mod",
        ("ok", [("github.com/gin-gonic/gin", "1.6.3"), ("stdlib", "9.99")], []),
    ),
    ("go_mod", "missing-fields.mod", "malformed require at line 3"),
    ("go_mod", "binary.mod", BINARY),
    ("cargo_lock", "empty.lock", "empty file"),
    (
        "cargo_lock",
        "not-format.lock",
        "invalid TOML: Expected ']' at the end of a table declaration (at line 1, column 9)",
    ),
    ("cargo_lock", "wrong-version.lock", "unsupported Cargo.lock version 9 (supported: 1-4)"),
    ("cargo_lock", "missing-fields.lock", "package #1 has no 'version'"),
    ("cargo_lock", "binary.lock", BINARY),
    ("gemfile_lock", "empty.lock", "empty file"),
    (
        "gemfile_lock",
        "not-format.lock",
        "not a Gemfile.lock: no GEM, GIT, PATH or DEPENDENCIES section",
    ),
    # Gemfile.lock has no format version; BUNDLED WITH is the bundler that wrote it
    ("gemfile_lock", "wrong-version.lock", ("ok", [("rack", "2.2.3")], [])),
    (
        "gemfile_lock",
        "missing-fields.lock",
        ("ok", [], ["missing-fields.lock:4: gem spec without a version: 'rack'"]),
    ),
    ("gemfile_lock", "binary.lock", BINARY),
    ("composer_lock", "empty.json", "empty file"),
    ("composer_lock", "not-format.json", "invalid JSON: Expecting value at line 1"),
    ("composer_lock", "wrong-version.json", ("ok", [("monolog/monolog", "1.0.0")], [])),
    ("composer_lock", "missing-fields.json", "packages[0] has no name or version"),
    ("composer_lock", "binary.json", BINARY),
    ("pom_xml", "empty.xml", "empty file"),
    ("pom_xml", "not-format.xml", "not a pom.xml: root element is <html>, expected <project>"),
    ("pom_xml", "wrong-version.xml", ("ok", [("org.yaml:snakeyaml", "1.30")], [])),
    (
        "pom_xml",
        "missing-fields.xml",
        ("ok", [], ["missing-fields.xml:1: dependency without groupId or artifactId"]),
    ),
    ("pom_xml", "binary.xml", BINARY),
    ("gradle_lockfile", "empty.lockfile", "empty file"),
    (
        "gradle_lockfile",
        "not-format.lockfile",
        ("ok", [], ["not-format.lockfile:1: not a group:artifact:version line"]),
    ),
    ("gradle_lockfile", "wrong-version.lockfile", ("ok", [("org.yaml:snakeyaml", "1.30")], [])),
    (
        "gradle_lockfile",
        "missing-fields.lockfile",
        ("ok", [], ["missing-fields.lockfile:1: not a group:artifact:version line"]),
    ),
    ("gradle_lockfile", "binary.lockfile", BINARY),
    ("packages_lock_json", "empty.json", "empty file"),
    (
        "packages_lock_json",
        "not-format.json",
        "not a packages.lock.json: expected a JSON object at the top level",
    ),
    (
        "packages_lock_json",
        "wrong-version.json",
        "unsupported packages.lock.json version 3 (supported: 1, 2)",
    ),
    (
        "packages_lock_json",
        "missing-fields.json",
        "package 'Newtonsoft.Json' at line 1 has no 'resolved' version",
    ),
    ("packages_lock_json", "binary.json", BINARY),
]


@pytest.mark.parametrize(("module", "filename", "expected"), CASES, ids=lambda v: str(v)[:40])
def test_failure_modes(module, filename, expected):
    content = (TESTDATA / module / filename).read_bytes()
    notes: list[str] = []
    if isinstance(expected, str):
        with pytest.raises(ParseError) as caught:
            MODULES[module].extract(filename, content, None, notes)
        assert str(caught.value) == expected
    else:
        _, packages, expected_notes = expected
        result = MODULES[module].extract(filename, content, None, notes)
        assert [(p.name, p.version) for p in result] == packages
        assert notes == expected_notes


def test_every_extractor_has_the_minimum_failure_set():
    kinds = {"empty", "not-format", "wrong-version", "missing-fields", "binary"}
    for module in MODULES:
        files = {path.name.split(".")[0] for path in (TESTDATA / module).iterdir()}
        assert kinds <= files, module
        assert {m for m, _, _ in CASES if m == module}, module


@pytest.mark.parametrize("module", sorted(MODULES))
def test_oversized_input_is_refused_before_parsing(module):
    content = b"a" * (MAX_MANIFEST_BYTES + 1)
    with pytest.raises(ParseError) as caught:
        MODULES[module].extract("x", content, None, [])
    assert str(caught.value) == (
        f"file too large: {MAX_MANIFEST_BYTES + 1} bytes (limit {MAX_MANIFEST_BYTES} bytes)"
    )


@pytest.mark.parametrize("module", sorted(MODULES))
def test_invalid_utf8_is_a_parse_error(module):
    with pytest.raises(ParseError) as caught:
        MODULES[module].extract("x", b"name = \xff\xfe\xfa\n", None, [])
    assert str(caught.value) == "not valid UTF-8 (byte offset 7)"
