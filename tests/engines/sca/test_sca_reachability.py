"""Import reachability: which packages the repository's own code imports (ranks, never hides)."""

from __future__ import annotations

from pathlib import Path

from tracesec.engines.model import Package, Severity, TargetFile
from tracesec.engines.sca.decisions import AdvisoryRow, decide
from tracesec.engines.sca.reachability import usage, usage_key


def _files(root: Path, files: dict[str, str]) -> list[TargetFile]:
    targets = []
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content)
        targets.append(TargetFile(relative, path, path.stat().st_size))
    return targets


def _pkg(ecosystem: str, name: str, manifest: str) -> Package:
    return Package(ecosystem, name, "1.0.0", manifest)


def test_python_imports_with_distribution_to_module_names(tmp_path: Path) -> None:
    files = _files(
        tmp_path,
        {
            "api/app.py": "import os, yaml\nfrom django.db import models\n"
            "from . import local\nimport jwt as j\n",
            "api/deep/util.py": "    from bs4 import BeautifulSoup\n",
            "other/x.py": "import requests\n",
        },
    )
    packages = [
        _pkg("PyPI", name, "api/requirements.txt")
        for name in ("PyYAML", "Django", "PyJWT", "beautifulsoup4", "requests", "urllib3")
    ]
    found = usage(packages, files)
    answers = {p.name: found[usage_key(p)].imported for p in packages}
    assert answers == {
        "PyYAML": True,
        "Django": True,
        "PyJWT": True,
        "beautifulsoup4": True,
        "requests": False,  # imported only outside the manifest's directory
        "urllib3": False,
    }


def test_js_go_java_imports(tmp_path: Path) -> None:
    files = _files(
        tmp_path,
        {
            "web/src/a.ts": "import _ from 'lodash';\nimport { x } from \"@scope/pkg/sub\";\n"
            "const fs = require('node:fs');\nimport('./local');\n",
            "web/src/b.js": "const axios = require( 'axios' )\n",
            "gw/main.go": 'package main\n\nimport (\n\t"fmt"\n'
            '\tjwt "github.com/golang-jwt/jwt/v4"\n)\n',
            "svc/src/Main.java": "package a;\nimport org.apache.logging.log4j.LogManager;\n"
            "import com.fasterxml.jackson.databind.ObjectMapper;\n",
        },
    )
    packages = [
        _pkg("npm", "lodash", "web/package-lock.json"),
        _pkg("npm", "@scope/pkg", "web/package-lock.json"),
        _pkg("npm", "axios", "web/package-lock.json"),
        _pkg("npm", "minimist", "web/package-lock.json"),
        _pkg("Go", "github.com/golang-jwt/jwt/v4", "gw/go.mod"),
        _pkg("Go", "golang.org/x/net", "gw/go.mod"),
        _pkg("Go", "stdlib", "gw/go.mod"),
        _pkg("Maven", "org.apache.logging.log4j:log4j-core", "svc/pom.xml"),
        _pkg("Maven", "com.fasterxml.jackson.core:jackson-databind", "svc/pom.xml"),
        _pkg("Maven", "org.yaml:snakeyaml", "svc/pom.xml"),
        _pkg("crates.io", "serde", "Cargo.lock"),
        _pkg("PyPI", "requests", "requirements.txt"),  # no Python code anywhere
    ]
    found = usage(packages, files)
    answers = {p.name: found[usage_key(p)].imported for p in packages}
    assert answers == {
        "lodash": True,
        "@scope/pkg": True,
        "axios": True,
        "minimist": False,
        "github.com/golang-jwt/jwt/v4": True,
        "golang.org/x/net": False,
        "stdlib": True,
        "org.apache.logging.log4j:log4j-core": True,
        "com.fasterxml.jackson.core:jackson-databind": True,
        "org.yaml:snakeyaml": False,
        "serde": None,  # an ecosystem we do not read imports for
        "requests": None,  # nothing to judge by
    }


def test_context_ranks_decisions_but_hides_none() -> None:
    def row(package: str, *, imported: bool | None, direct: bool | None) -> AdvisoryRow:
        return AdvisoryRow(
            ecosystem="npm",
            package=package,
            version="1.0.0",
            manifest_path="package-lock.json",
            advisory_id=f"GHSA-{package}",
            fixed_version="1.0.1",
            severity=Severity.HIGH,
            direct=direct,
            imported=imported,
        )

    decisions = decide(
        [
            row("unused", imported=False, direct=True),
            row("unknown", imported=None, direct=False),
            row("used", imported=True, direct=False),
            row("used-direct", imported=True, direct=True),
        ]
    )
    assert [d.package for d in decisions] == ["used-direct", "used", "unknown", "unused"]
    assert decisions[0].context == "direct, imported by the code"
    assert decisions[3].context == "direct, not imported by the code"


def test_imported_only_by_tests_is_test_only(tmp_path: Path) -> None:
    from tracesec.engines.sca.engine import to_finding
    from tracesec.engines.sca.matching import MergedHit
    from tracesec.engines.sca.reachability import Usage, is_test_path

    files = _files(
        tmp_path,
        {
            "main.go": 'package main\n\nimport "github.com/gin-gonic/gin"\n',
            "main_test.go": 'package main\n\nimport "github.com/stretchr/testify/assert"\n',
            "py/tests/test_x.py": "import pytest\n",
            "py/app.py": "import flask\n",
        },
    )
    gin = _pkg("Go", "github.com/gin-gonic/gin", "go.mod")
    testify = _pkg("Go", "github.com/stretchr/testify", "go.mod")
    pytest_ = _pkg("PyPI", "pytest", "py/requirements.txt")
    unused = _pkg("Go", "golang.org/x/net", "go.mod")
    found = {
        key[1]: answer for key, answer in usage([gin, testify, pytest_, unused], files).items()
    }
    assert found == {
        gin.name: Usage(True, test_only=False),
        testify.name: Usage(True, test_only=True),
        pytest_.name: Usage(True, test_only=True),
        unused.name: Usage(False),
    }
    # go.mod records no scope: the finding takes it from where the module is imported
    hit = MergedHit("GO-1", (), "s", Severity.HIGH, "1.0.1", ())
    assert to_finding(testify, hit, found[testify.name]).extra["dev"] is True
    assert to_finding(gin, hit, found[gin.name]).extra["dev"] is False
    assert to_finding(unused, hit, found[unused.name]).extra["dev"] is None
    assert is_test_path("src/test/java/a/FooTest.java")
    assert is_test_path("web/src/a.spec.ts")
    assert not is_test_path("web/src/attest.ts")
