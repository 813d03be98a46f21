"""What an SBOM needs from the extractors: hashes and the dependency graph, where recorded."""

from __future__ import annotations

import base64
import json

from tracesec.engines.sca.extractors import package_lock, pipfile_lock

SHA512 = bytes(range(64))
INTEGRITY = "sha512-" + base64.b64encode(SHA512).decode()

LOCK = {
    "name": "web",
    "lockfileVersion": 3,
    "packages": {
        "": {"name": "web", "dependencies": {"express": "^4", "debug": "^2"}},
        "node_modules/express": {
            "version": "4.18.2",
            "integrity": INTEGRITY,
            "dependencies": {"debug": "2.6.9", "qs": "6.11.0"},
        },
        # express's own, older debug wins over the top-level one for express
        "node_modules/express/node_modules/debug": {"version": "2.6.8", "integrity": "md5-x"},
        "node_modules/debug": {"version": "2.6.9", "dependencies": {"ms": "2.0.0"}},
        "node_modules/ms": {"version": "2.0.0", "integrity": "sha1-not base64!"},
        "node_modules/qs": {"version": "6.11.0"},
    },
}


def test_package_lock_hashes_and_graph() -> None:
    found = {p.name + "@" + p.version: p for p in package_lock.extract(
        "package-lock.json", json.dumps(LOCK).encode()
    )}  # fmt: skip
    express = found["express@4.18.2"]
    assert express.hashes == (("SHA-512", SHA512.hex()),)
    assert express.depends_on == ("pkg:npm/debug@2.6.8", "pkg:npm/qs@6.11.0")
    assert found["debug@2.6.9"].depends_on == ("pkg:npm/ms@2.0.0",)
    assert found["debug@2.6.8"].hashes == ()  # an unknown algorithm is left out
    assert found["ms@2.0.0"].hashes == ()  # malformed base64 is left out
    assert found["express@4.18.2"].direct
    assert not found["qs@6.11.0"].direct


def test_pipfile_lock_hashes() -> None:
    digest = "a" * 64
    lock = {
        "_meta": {"pipfile-spec": 6},
        "default": {"django": {"version": "==4.2.0", "hashes": [f"sha256:{digest}", "md5:zz"]}},
        "develop": {},
    }
    [django] = pipfile_lock.extract("Pipfile.lock", json.dumps(lock).encode())
    assert django.hashes == (("SHA-256", digest),)
