"""Golden tests: our extractors against upstream osv-scalibr fixtures and expectations."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.engines.sca.sca_testpaths import SCALIBR
from tests.engines.sca.scalibr_golden import GOLDEN
from tracesec.engines.sca import extractors
from tracesec.engines.sca.extractors import ParseError

MODULES = {module.__name__.rsplit(".", 1)[-1]: module for module in extractors.REGISTRY}


def _run(eco: str, fmt: str, module: str, fixture: str, notes: list[str] | None = None):
    testdata = SCALIBR / eco / fmt / "testdata"

    def lookup(path: str) -> bytes | None:
        candidate = testdata / path.removeprefix("testdata/")
        return candidate.read_bytes() if candidate.is_file() else None

    content = (testdata / fixture).read_bytes()
    return MODULES[module].extract(f"testdata/{fixture}", content, lookup, notes)


@pytest.mark.parametrize(
    ("eco", "fmt", "module", "fixture", "expected"),
    GOLDEN,
    ids=[f"{fmt}/{fixture}" for _, fmt, _, fixture, _ in GOLDEN],
)
def test_matches_upstream_expectations(eco, fmt, module, fixture, expected):
    packages = _run(eco, fmt, module, fixture)
    assert sorted((p.name, p.version) for p in packages) == sorted(
        (name, version) for name, version, _ in expected
    )
    lines = {(p.name, p.version): p.line for p in packages}
    for name, version, line in expected:
        if line is not None:
            assert lines[(name, version)] == line, (name, version)
    assert all(p.manifest_path == f"testdata/{fixture}" for p in packages)
    assert all(p.purl.startswith("pkg:") for p in packages)


def test_golden_covers_every_format():
    covered = {module for _, _, module, _, _ in GOLDEN}
    # packages.lock.json has no upstream fixture here; it is covered in test_sca_extractors
    assert covered == set(MODULES) - {"packages_lock_json"}
    assert len(GOLDEN) >= 150


# Where Trace deliberately differs from upstream, its own behaviour is pinned here.


def test_requirements_keeps_only_exact_pins_as_versions():
    # upstream records the bound of `>=0.2.2` as a version; an unpinned requirement has no
    # installed version, so matching it would invent findings
    packages = _run("python", "requirements", "requirements", "with_versions.txt")
    versions = {p.name: p.version for p in packages}
    assert versions["nltk"] == "3.2.2"
    assert versions["yolo"] == "1.0"
    assert versions["newspaper3k"] == ""
    assert versions["pkg"] == ""
    assert versions["asdf"] == ""  # ==0.7.* is a range


def test_requirements_skips_urls_and_editables_with_reasons():
    notes: list[str] = []
    packages = _run("python", "requirements", "requirements", "example.txt", notes)
    names = {p.name for p in packages}
    assert "urllib3" not in names  # `urllib3 @ https://...` is a direct URL
    assert {"docopt", "requests", "keyring", "coverage"} <= names
    assert any("direct URL reference for 'urllib3'" in note for note in notes)
    assert any("URL, VCS or local path requirement skipped" in note for note in notes)


def test_requirements_include_loop_terminates():
    notes: list[str] = []
    packages = _run("python", "requirements", "requirements", "loop.txt", notes)
    assert packages == [] or all(p.name for p in packages)


def test_go_mod_local_replacement_is_skipped_with_reason():
    notes: list[str] = []
    packages = _run("golang", "gomod", "go_mod", "replace-local.mod", notes)
    assert sorted((p.name, p.version) for p in packages) == [
        ("github.com/BurntSushi/toml", "1.0.0")
    ]
    assert notes == [
        "testdata/replace-local.mod:7: golang.org/x/net is replaced by local directory ./fork/net"
    ]


def test_pom_parent_properties_and_management_come_from_the_tree():
    # upstream also lists the parent's own dependency (org.dave:dave); Trace reports it when
    # it reads the parent pom.xml itself, so it is not duplicated here
    packages = _run("java", "pomxml", "pom_xml", "with-parent.xml")
    versions = {p.name: p.version for p in packages}
    assert versions["org.alice:alice"] == "1.0.0"
    assert versions["org.bob:bob"] == "2.0.0"
    assert versions["org.chuck:chuck"] == "3.0.0"  # from dependencyManagement
    assert versions["org.frank:frank"] == ""


def test_pom_parent_missing_from_tree_is_a_note():
    notes: list[str] = []
    testdata = SCALIBR / "java" / "pomxml" / "testdata"
    content = (testdata / "with-parent.xml").read_bytes()
    MODULES["pom_xml"].extract("with-parent.xml", content, lambda _p: None, notes)
    assert notes == [
        "with-parent.xml:6: parent POM org.local:parent-pom is not in the tree; "
        "inherited versions unknown"
    ]


@pytest.mark.parametrize(
    ("eco", "fmt", "module", "fixture"),
    [
        ("python", "pipfilelock", "pipfile_lock", "empty-file"),
        ("python", "pdmlock", "pdm_lock", "empty-file.toml"),
        ("javascript", "pnpmlock", "pnpm_lock", "empty.yaml"),
        ("golang", "gomod", "go_mod", "empty.mod"),
    ],
)
def test_empty_lockfiles_are_parse_errors(eco, fmt, module, fixture):
    # upstream returns no packages; an empty lockfile is broken, and we say so in coverage
    with pytest.raises(ParseError):
        _run(eco, fmt, module, fixture)


def test_scalibr_fixture_tree_present():
    assert Path(SCALIBR).is_dir()


def test_pnpm_direct_and_dev_from_importers():
    packages = _run("javascript", "pnpmlock", "pnpm_lock", "mixed-groups.v9.yaml")
    flags = {p.name: (p.direct, p.dev) for p in packages}
    assert flags == {
        "ansi-regex": (True, False),
        "is-number": (True, True),
        "uuid": (True, False),
    }
    transitive = _run("javascript", "pnpmlock", "pnpm_lock", "peer-dependencies-advanced.v9.yaml")
    by_name = {p.name: p for p in transitive}
    assert by_name["@typescript-eslint/parser"].direct is True
    assert by_name["@eslint/eslintrc"].direct is False
    assert by_name["@eslint/eslintrc"].dev is None
