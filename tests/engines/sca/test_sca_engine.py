"""The SCA engine through its entry point, on real trees and the real OSV exports."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.engines.sca.sca_testpaths import HOSTILE
from tracesec.engines.fingerprint import sca_fingerprint
from tracesec.engines.model import (
    CoverageStatus,
    Engine,
    ScanConfig,
    Severity,
    TargetFile,
)
from tracesec.engines.sca.engine import run


def _files(root: Path) -> list[TargetFile]:
    return [
        TargetFile(path.relative_to(root).as_posix(), path, path.stat().st_size)
        for path in sorted(root.rglob("*"))
        if path.is_file()
    ]


def _tree(root: Path, files: dict[str, str | bytes]) -> Path:
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)
    return root


PACKAGE_LOCK = json.dumps(
    {
        "lockfileVersion": 3,
        "packages": {
            "": {"dependencies": {"lodash": "^4.17.0"}},
            "node_modules/lodash": {"version": "4.17.15"},
            "node_modules/minimist": {"version": "1.2.6", "dev": True},
        },
    },
    indent=2,
)


def test_findings_inventory_and_coverage(tmp_path, osv_index_dir):
    root = _tree(
        tmp_path / "repo",
        {
            "api/requirements.txt": "# deps\nDjango==5.0.7\n-r base-requirements.txt\nflask>=2\n"
            "-e git+https://example.com/x.git#egg=x\n",
            "api/base-requirements.txt": "requests==2.25.1\n",
            "web/package-lock.json": PACKAGE_LOCK,
            "web/yarn.lock": "this is not a lockfile\n",
            "README.md": "hello",
        },
    )
    outcome = run(root, _files(root), ScanConfig(osv_db=osv_index_dir))
    status = outcome.status
    assert status.engine is Engine.SCA
    assert status.ok
    assert not status.complete  # yarn.lock failed to parse
    assert status.files_scanned == 3
    assert "PyPI@" in status.version

    coverage = {(c.path, c.status): c.reason for c in outcome.coverage}
    assert coverage[("web/yarn.lock", CoverageStatus.PARSE_ERROR)] == (
        "yarn.lock: not a yarn.lock: unexpected line 1"
    )
    assert coverage[("api/requirements.txt", CoverageStatus.SKIPPED)] in (
        "api/requirements.txt:5: editable requirement skipped (no registry version)",
        "1 packages without an exact version were not checked",
    )

    listed = [(p.manifest_path, p.name, p.version) for p in outcome.inventory]
    assert len(listed) == len(set(listed))  # base-requirements.txt: included and read itself
    inventory = set(listed)
    assert ("api/requirements.txt", "Django", "5.0.7") in inventory
    assert ("api/base-requirements.txt", "requests", "2.25.1") in inventory
    assert ("web/package-lock.json", "minimist", "1.2.6") in inventory

    django = [f for f in outcome.findings if f.extra["package"] == "Django"]
    assert {f.rule_id for f in django} == {
        "PYSEC-2024-67",
        "PYSEC-2024-68",
        "PYSEC-2024-69",
        "PYSEC-2024-70",
        "PYSEC-2024-102",
    }
    finding = next(f for f in django if f.rule_id == "PYSEC-2024-102")
    assert finding.engine is Engine.SCA
    assert finding.location.path == "api/requirements.txt"
    assert finding.location.start_line == 2
    assert finding.fingerprint == sca_fingerprint(
        "PyPI", "django", "5.0.7", "PYSEC-2024-102", "api/requirements.txt"
    )
    assert finding.extra["fixed_version"] == "5.0.9"
    assert finding.extra["purl"] == "pkg:pypi/django@5.0.7"
    assert finding.extra["ecosystem"] == "PyPI"
    assert finding.extra["manifest_path"] == "api/requirements.txt"
    assert finding.extra["direct"] is True
    assert isinstance(finding.extra["aliases"], list)
    assert "Upgrade Django to 5.0.9 or later." in finding.message

    lodash = [f for f in outcome.findings if f.extra["package"] == "lodash"]
    assert {f.rule_id for f in lodash} == {
        "GHSA-29mw-wpgm-hmr9",
        "GHSA-35jh-r3h4-6jhm",
        "GHSA-p6mc-m468-83gw",
    }
    assert {f.severity for f in lodash} == {Severity.HIGH, Severity.MEDIUM}
    assert all(f.location.start_line == 9 for f in lodash)  # the "node_modules/lodash" key
    # requests came through the -r include and keeps its own manifest path
    requests = [f for f in outcome.findings if f.extra["package"] == "requests"]
    assert requests
    assert requests[0].location.path == "api/base-requirements.txt"
    # no finding for the fixed minimist
    assert not [f for f in outcome.findings if f.extra["package"] == "minimist"]


def test_fingerprints_do_not_depend_on_lines(tmp_path, osv_index_dir):
    first = _tree(tmp_path / "a", {"requirements.txt": "Django==3.2.4\nrequests==2.25.1\n"})
    second = _tree(
        tmp_path / "b", {"requirements.txt": "# moved\n\nrequests==2.25.1\n\nDjango==3.2.4\n"}
    )
    config = ScanConfig(osv_db=osv_index_dir)
    before = {f.fingerprint for f in run(first, _files(first), config).findings}
    after = {f.fingerprint for f in run(second, _files(second), config).findings}
    assert before
    assert before == after


def test_missing_index_fails_the_engine_but_keeps_the_inventory(tmp_path):
    root = _tree(tmp_path / "repo", {"requirements.txt": "Django==3.2.4\n"})
    for osv_db in (None, tmp_path / "empty-index"):
        outcome = run(root, _files(root), ScanConfig(osv_db=osv_db))
        assert not outcome.status.ok
        assert not outcome.status.complete
        assert "run `trace vulndb import PATH` or `trace vulndb sync`" in outcome.status.error
        assert [p.name for p in outcome.inventory] == ["Django"]
        assert outcome.findings == ()


def test_corrupt_index_file_is_an_engine_error(tmp_path):
    index = tmp_path / "index"
    index.mkdir()
    (index / "PyPI.sqlite").write_bytes(b"not a database at all" * 100)
    root = _tree(tmp_path / "repo", {"requirements.txt": "Django==3.2.4\n"})
    outcome = run(root, _files(root), ScanConfig(osv_db=index))
    assert not outcome.status.ok
    assert "PyPI.sqlite is not a readable Trace OSV index" in outcome.status.error


def test_ecosystem_without_advisories_is_reported(tmp_path, osv_index_dir):
    root = _tree(
        tmp_path / "repo",
        {"Cargo.lock": 'version = 3\n\n[[package]]\nname = "rand"\nversion = "0.8.5"\n'},
    )
    outcome = run(root, _files(root), ScanConfig(osv_db=osv_index_dir))
    assert outcome.status.ok
    assert not outcome.status.complete
    (cov,) = outcome.coverage
    assert cov.status is CoverageStatus.SKIPPED
    assert cov.reason == (
        "1 crates.io packages not checked: no OSV data for crates.io "
        "(run `trace vulndb sync --ecosystem crates.io`)"
    )


def test_hostile_manifests_do_not_stop_the_scan(tmp_path, osv_index_dir):
    root = _tree(
        tmp_path / "repo",
        {
            "requirements.txt": "urllib3==1.26.4\n",
            "deep/package-lock.json": '{"lockfileVersion": 1, "dependencies": '
            + '{"a": ' * 50_000
            + "{}"
            + "}" * 50_000
            + "}",
            "bin/poetry.lock": b"\x00\x01\x02binary",
            "bad/Pipfile.lock": b"\xff\xfe invalid utf-8",
        },
    )
    shutil.copy(HOSTILE / "yamlBomb.yml", root / "pnpm-lock.yaml")
    outcome = run(root, _files(root), ScanConfig(osv_db=osv_index_dir))
    errors = {c.path: c.reason for c in outcome.coverage if c.status is CoverageStatus.PARSE_ERROR}
    assert errors == {
        "pnpm-lock.yaml": "pnpm-lock.yaml: YAML expands to too many values; refusing (alias bomb?)",
        "deep/package-lock.json": "package-lock.json: JSON nested too deeply",
        "bin/poetry.lock": "poetry.lock: binary content (NUL bytes), not a text manifest",
        "bad/Pipfile.lock": "Pipfile.lock: not valid UTF-8 (byte offset 0)",
    }
    assert {f.extra["package"] for f in outcome.findings} == {"urllib3"}
    assert outcome.status.seconds < 10


def test_timeout_marks_remaining_manifests(tmp_path, osv_index_dir):
    root = _tree(
        tmp_path / "repo", {"a/requirements.txt": "x==1\n", "b/requirements.txt": "y==1\n"}
    )
    outcome = run(root, _files(root), ScanConfig(osv_db=osv_index_dir, sca_timeout_seconds=-1))
    assert {c.status for c in outcome.coverage} == {CoverageStatus.TIMED_OUT}
    assert not outcome.status.complete


def test_pom_parent_in_tree_resolves_versions(tmp_path, osv_index_dir):
    parent = """<project><groupId>com.acme</groupId><artifactId>parent</artifactId>
<version>1</version><properties><log4j.version>2.14.1</log4j.version></properties>
<dependencyManagement><dependencies><dependency><groupId>org.yaml</groupId>
<artifactId>snakeyaml</artifactId><version>1.30</version></dependency></dependencies>
</dependencyManagement></project>"""
    child = """<project><parent><groupId>com.acme</groupId><artifactId>parent</artifactId>
<version>1</version></parent><artifactId>billing</artifactId><dependencies>
<dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId>
<version>${log4j.version}</version></dependency>
<dependency><groupId>org.yaml</groupId><artifactId>snakeyaml</artifactId></dependency>
</dependencies></project>"""
    root = _tree(tmp_path / "repo", {"pom.xml": parent, "billing/pom.xml": child})
    outcome = run(root, _files(root), ScanConfig(osv_db=osv_index_dir))
    found = {(f.extra["package"], f.extra["version"]) for f in outcome.findings}
    assert ("org.apache.logging.log4j:log4j-core", "2.14.1") in found
    assert ("org.yaml:snakeyaml", "1.30") in found
    log4j = next(f for f in outcome.findings if f.rule_id == "GHSA-jfh8-c2jp-5v3q")
    assert log4j.severity is Severity.CRITICAL
    assert log4j.location.path == "billing/pom.xml"
    assert log4j.location.start_line == 3


def test_pom_doctype_is_refused(tmp_path, osv_index_dir):
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;">]><project>&lol2;</project>'
    )
    root = _tree(tmp_path / "repo", {"pom.xml": bomb})
    outcome = run(root, _files(root), ScanConfig(osv_db=osv_index_dir))
    (cov,) = outcome.coverage
    assert cov.reason == "pom.xml: pom.xml declares a DOCTYPE; refusing (entity expansion)"


def test_matcher_is_reused_until_the_index_changes(tmp_path):
    import zipfile

    from tests.engines.sca.sca_testpaths import OSV
    from tracesec.engines.sca import osvstore
    from tracesec.engines.sca.engine import matcher_for

    index_dir = tmp_path / "index"
    osvstore.build_index(OSV / "npm" / "all.zip", index_dir, "npm")
    root = _tree(tmp_path / "repo", {"package-lock.json": PACKAGE_LOCK})
    config = ScanConfig(osv_db=index_dir)
    first = run(root, _files(root), config)
    assert matcher_for(osvstore.OsvIndex.open(index_dir)) is matcher_for(
        osvstore.OsvIndex.open(index_dir)
    )
    assert len(first.findings) == 3

    # re-import the same source with a single lodash advisory: the next scan must see it
    only = tmp_path / "only"
    only.mkdir()
    with zipfile.ZipFile(OSV / "npm" / "all.zip") as archive:
        (only / "GHSA-35jh-r3h4-6jhm.json").write_bytes(archive.read("GHSA-35jh-r3h4-6jhm.json"))
    osvstore.build_index(only, index_dir, "npm")
    second = run(root, _files(root), config)
    assert [f.rule_id for f in second.findings] == ["GHSA-35jh-r3h4-6jhm"]


def test_severity_comes_from_the_cvss_vector_which_the_finding_shows(tmp_path, osv_index_dir):
    from tracesec.engines.formats import sarif
    from tracesec.engines.model import ScanResult
    from tracesec.engines.sca.severity import cvss_score, from_score

    root = _tree(tmp_path / "repo", {"web/package-lock.json": PACKAGE_LOCK})
    outcome = run(root, _files(root), ScanConfig(osv_db=osv_index_dir))
    scored = [f for f in outcome.findings if f.extra["cvss"]]
    assert scored
    for finding in scored:
        cvss = finding.extra["cvss"]
        assert cvss["score"] == cvss_score(cvss["type"], cvss["vector"])
        assert cvss["vector"].startswith(f"CVSS:{cvss['version']}/")
        assert f"CVSS {cvss['version']} base score {cvss['score']:.1f}." in finding.message
        if finding.extra["severity_source"] == "cvss":
            assert finding.severity is from_score(cvss["score"])
    result = ScanResult(
        root=str(root), findings=tuple(scored), coverage=(), engines=(outcome.status,)
    )
    sarif_run = sarif.to_sarif(result)["runs"][0]
    first = sarif_run["results"][0]
    assert first["properties"]["cvss_vector"] == scored[0].extra["cvss"]["vector"]
    assert first["properties"]["cvss_score"] == scored[0].extra["cvss"]["score"]


def test_go_stdlib_from_toolchain_and_go_is_called_a_minimum(tmp_path, osv_index_dir):
    root = _tree(
        tmp_path / "repo",
        {
            "a/go.mod": "module example.com/a\n\ngo 1.21\n",
            "b/go.mod": "module example.com/b\n\ngo 1.21\n\ntoolchain go1.22.1\n",
        },
    )
    outcome = run(root, _files(root), ScanConfig(osv_db=osv_index_dir))
    stdlib = {p.manifest_path: p.version for p in outcome.inventory if p.name == "stdlib"}
    assert stdlib == {"a/go.mod": "1.21", "b/go.mod": "1.22.1"}
    findings = [f for f in outcome.findings if f.extra["package"] == "stdlib"]
    assert {f.location.path for f in findings} == {"a/go.mod", "b/go.mod"}
    assert all("only the minimum language version" in f.message for f in findings)


def test_findings_say_whether_the_code_imports_the_package(tmp_path, osv_index_dir):
    root = _tree(
        tmp_path / "repo",
        {
            "web/package-lock.json": PACKAGE_LOCK,
            "web/src/index.js": "const _ = require('lodash');\n",
        },
    )
    outcome = run(root, _files(root), ScanConfig(osv_db=osv_index_dir))
    lodash = [f for f in outcome.findings if f.extra["package"] == "lodash"]
    assert lodash
    assert {f.extra["imported"] for f in lodash} == {True}
    assert {f.extra["direct"] for f in lodash} == {True}
