"""`trace scan --format cyclonedx|spdx` on a real tree with the real SCA engine and OSV data."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

import pytest

from tests.engines.formats import sbom_schemas
from tests.support.git_trees import write
from tests.support.paths import REPO_ROOT
from tracesec.cli import exit_codes
from tracesec.cli.main import main

OSV_NPM = REPO_ROOT / ".." / "shared" / "data" / "osv" / "npm"
INTEGRITY = "sha512-" + base64.b64encode(bytes(64)).decode()


@pytest.fixture(scope="module")
def npm_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tracesec.engines.sca import osvstore

    directory = tmp_path_factory.mktemp("osv-npm")
    osvstore.build_index(OSV_NPM / "all.zip", directory, "npm")
    return directory


def _tree(root: Path) -> Path:
    lock = {
        "name": "web",
        "lockfileVersion": 3,
        "packages": {
            "": {"name": "web", "dependencies": {"lodash": "4.17.4", "left-pad": "1.3.0"}},
            "node_modules/lodash": {"version": "4.17.4", "integrity": INTEGRITY},
            "node_modules/left-pad": {"version": "1.3.0", "dependencies": {"lodash": "*"}},
        },
    }
    write(root, "package-lock.json", json.dumps(lock, indent=2))
    return root


def _scan(root: Path, index: Path, fmt: str) -> tuple[int, dict[str, object]]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["scan", str(root), "--engines", "sca", "--osv-db", str(index), "--format", fmt], out, err
    )
    assert err.getvalue() == ""
    return code, json.loads(out.getvalue())


def test_cyclonedx_from_a_real_scan(tmp_path: Path, npm_index: Path) -> None:
    code, doc = _scan(_tree(tmp_path / "web"), npm_index, "cyclonedx")
    assert code == exit_codes.FINDINGS  # lodash 4.17.4 has advisories
    sbom_schemas.cyclonedx().validate(doc)
    components = {c["purl"]: c for c in doc["components"]}  # type: ignore[attr-defined]
    assert set(components) == {"pkg:npm/lodash@4.17.4", "pkg:npm/left-pad@1.3.0"}
    assert components["pkg:npm/lodash@4.17.4"]["hashes"][0]["alg"] == "SHA-512"
    graph = {d["ref"]: d["dependsOn"] for d in doc["dependencies"]}  # type: ignore[attr-defined]
    assert graph["pkg:npm/left-pad@1.3.0"] == ["pkg:npm/lodash@4.17.4"]
    vulnerabilities: list[dict[str, object]] = doc["vulnerabilities"]  # type: ignore[assignment]
    assert vulnerabilities
    assert {json.dumps(v["affects"]) for v in vulnerabilities} == {
        json.dumps([{"ref": "pkg:npm/lodash@4.17.4"}])
    }
    assert {v["analysis"]["state"] for v in vulnerabilities} == {"in_triage"}  # type: ignore[index]


def test_spdx_from_a_real_scan(tmp_path: Path, npm_index: Path) -> None:
    _code, doc = _scan(_tree(tmp_path / "web"), npm_index, "spdx")
    sbom_schemas.spdx().validate(doc)
    assert doc["name"] == "web SBOM"
    purls = {
        ref["referenceLocator"]
        for p in doc["packages"]  # type: ignore[attr-defined]
        for ref in p.get("externalRefs", ())
    }
    assert purls == {"pkg:npm/lodash@4.17.4", "pkg:npm/left-pad@1.3.0"}
