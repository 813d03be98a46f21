"""`trace vulndb` through the real CLI; `sync` against a loopback HTTP server."""

from __future__ import annotations

import hashlib
import io
import json
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.engines.sca.sca_testpaths import OSV
from tracesec.cli import exit_codes
from tracesec.cli.main import main
from tracesec.engines.sca import demo_bundle, osvstore
from tracesec.engines.sca.index_matcher import Matcher


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_import_zip_and_status(tmp_path):
    db = tmp_path / "db"
    code, out, err = _cli("vulndb", "import", str(OSV / "npm" / "all.zip"), "--db", str(db))
    assert code == exit_codes.OK, err
    assert out.startswith(f"imported 45 advisories into {db / 'npm.sqlite'} (")
    code, out, _ = _cli("vulndb", "status", "--db", str(db))
    assert code == exit_codes.OK
    assert "npm: 45 records (Maven 2, NuGet 3, RubyGems 1, npm 45), imported " in out
    code, out, _ = _cli("vulndb", "status", "--db", str(db), "--json")
    payload = json.loads(out)
    assert payload["sources"][0]["records"] == 45
    assert payload["sources"][0]["ecosystems"]["npm"] == 45


def test_import_directory_with_ecosystem_filter(tmp_path):
    records = tmp_path / "records"
    with zipfile.ZipFile(OSV / "npm" / "all.zip") as archive:
        archive.extractall(records)
    db = tmp_path / "db"
    code, _out, err = _cli(
        "vulndb", "import", str(records), "--ecosystem", "Maven", "--db", str(db)
    )
    assert code == exit_codes.OK, err
    (info,) = osvstore.iter_sources(db)
    assert info.source == "Maven"
    assert dict(info.ecosystems) == {"Maven": 2}


def test_import_errors(tmp_path):
    db = tmp_path / "db"
    code, _, err = _cli("vulndb", "import", str(tmp_path / "nope.zip"), "--db", str(db))
    assert code == exit_codes.TARGET_ERROR
    assert "does not exist" in err
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = _cli("vulndb", "import", str(empty), "--db", str(db))
    assert code == exit_codes.CONFIG_ERROR
    assert "no OSV records found" in err
    code, _, err = _cli("vulndb", "import", "--db", str(db))
    assert code == exit_codes.USAGE
    code, out, _ = _cli("vulndb", "status", "--db", str(db))
    assert code == exit_codes.CONFIG_ERROR
    assert "run `trace vulndb import PATH` or `trace vulndb sync`" in out


def test_failed_reimport_keeps_the_previous_index(tmp_path):
    db = tmp_path / "db"
    assert _cli("vulndb", "import", str(OSV / "npm" / "all.zip"), "--db", str(db))[0] == 0
    before = (db / "npm.sqlite").read_bytes()
    broken = tmp_path / "npm"
    broken.mkdir()
    (broken / "GHSA-bad.json").write_text("{not json")
    code, _, _ = _cli("vulndb", "import", str(broken), "--db", str(db))
    assert code == exit_codes.CONFIG_ERROR
    assert (db / "npm.sqlite").read_bytes() == before
    assert sorted(p.name for p in db.iterdir()) == ["npm.sqlite"]  # no temp files left


def test_bundled_demo_imports_and_covers_every_demo_package(tmp_path):
    db = tmp_path / "db"
    code, out, err = _cli("vulndb", "import", "--bundled-demo", "--db", str(db))
    assert code == exit_codes.OK, err
    assert "(Go: 48, Maven: 17, PyPI: 27, npm: 13;" in out
    matcher = Matcher(osvstore.OsvIndex.open(db))
    for ecosystem, name, version in demo_bundle.DEMO_PACKAGES:
        assert matcher.match(ecosystem, name, version), (ecosystem, name, version)
    with zipfile.ZipFile(demo_bundle.demo_bundle_path()) as archive:
        members = set(archive.namelist())
    assert {"ATTRIBUTION.md", "LICENSES/PyPI-LICENSE", "LICENSES/Go-LICENSE"} <= members


def test_shipped_demo_bundle_is_reproducible(tmp_path, osv_index_dir):
    # osv_index_dir holds exactly demo_bundle.SOURCES, imported from the same exports
    rebuilt = tmp_path / "demo-osv.zip"
    demo_bundle.build(OSV, rebuilt, osv_index_dir)
    assert rebuilt.read_bytes() == demo_bundle.demo_bundle_path().read_bytes()


# --------------------------------------------------------------------------- sync


class _OsvHandler(BaseHTTPRequestHandler):
    requests: list[tuple[str, str]] = []

    def do_GET(self) -> None:
        parts = self.path.strip("/").split("/")
        file = OSV / parts[0] / "all.zip" if len(parts) == 2 and parts[1] == "all.zip" else None
        if file is None or not file.is_file():
            self.send_response(404)
            self.end_headers()
            return
        data = file.read_bytes()
        etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
        type(self).requests.append((self.path, self.headers.get("If-None-Match", "")))
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/zip")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", "Sat, 28 Nov 2026 10:00:00 GMT")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture
def osv_server() -> Iterator[str]:
    _OsvHandler.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _OsvHandler)
    # a short poll: shutdown() waits up to one poll interval (0.5 s by default)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_sync_downloads_then_skips_unchanged(tmp_path, osv_server):
    db = tmp_path / "db"
    args = ("vulndb", "sync", "--base-url", osv_server, "--db", str(db))
    code, out, err = _cli(*args, "--ecosystem", "npm", "--ecosystem", "RubyGems")
    assert code == exit_codes.OK, err
    assert out == "npm: imported 45 advisories\nRubyGems: imported 38 advisories\n"
    info = {i.source: i for i in osvstore.iter_sources(db)}
    assert info["npm"].origin == f"{osv_server}/npm/all.zip"
    assert info["npm"].etag.startswith('"')
    first_import = info["npm"].imported_at

    code, out, _ = _cli(*args, "--ecosystem", "npm")
    assert code == exit_codes.OK
    assert out == "npm: up to date\n"
    assert _OsvHandler.requests[-1] == ("/npm/all.zip", info["npm"].etag)
    assert {i.source: i for i in osvstore.iter_sources(db)}["npm"].imported_at == first_import

    code, out, _ = _cli(*args, "--ecosystem", "npm", "--force")
    assert out == "npm: imported 45 advisories\n"
    assert _OsvHandler.requests[-1] == ("/npm/all.zip", "")
    assert not [p for p in db.iterdir() if p.name.startswith(".")]  # no temp files left


def test_sync_reports_missing_ecosystem_and_keeps_others(tmp_path, osv_server):
    db = tmp_path / "db"
    code, out, err = _cli(
        "vulndb",
        "sync",
        "--base-url",
        osv_server,
        "--db",
        str(db),
        "--ecosystem",
        "Packagist",
        "--ecosystem",
        "Maven",
    )
    assert code == exit_codes.CONFIG_ERROR
    assert err == f"trace vulndb sync: Packagist: {osv_server}/Packagist/all.zip: HTTP 404\n"
    assert out == "Maven: imported 50 advisories\n"


def test_sync_unreachable_server(tmp_path):
    code, _, err = _cli(
        "vulndb",
        "sync",
        "--base-url",
        "http://127.0.0.1:9",
        "--db",
        str(tmp_path / "db"),
        "--ecosystem",
        "npm",
        "--timeout",
        "2",
    )
    assert code == exit_codes.CONFIG_ERROR
    assert err.startswith("trace vulndb sync: npm: http://127.0.0.1:9/npm/all.zip: ConnectError")
