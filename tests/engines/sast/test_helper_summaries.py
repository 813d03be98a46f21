"""Helpers of other files whose result never carries taint (helper_summaries.py), through the
SAST runner, real semgrep and the result cache.

Each caller below calls two helpers of another file in the same way: one whose result is
checked, escaped or converted (clean), one that hands its input back (not clean). Only the
finding through the clean one may go.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from tests.support.engine_trees import finding_lines, line_of, write_targets
from tracesec.engines.model import EngineOutcome, ScanConfig
from tracesec.engines.sast import start
from tracesec.engines.sast.command import bundled_rules
from tracesec.engines.sast.helper_links import Index
from tracesec.engines.sast.helper_summaries import answer, questions

FILES_CONTROLLER_JAVA = """\
package shop.web;

import java.io.IOException;
import java.net.URL;
import org.springframework.web.bind.annotation.*;
import shop.util.Validators;
import shop.util.Previews;

@RestController
public class FilesController {

    @GetMapping("/list/checked")
    public String listChecked(@RequestParam String dir) throws IOException {
        String checked = Validators.checkedPath(dir);
        if (checked == null) {
            return "bad path";
        }
        new ProcessBuilder("sh", "-c", "ls " + checked).start();
        return "ok";
    }

    @GetMapping("/list/trimmed")
    public String listTrimmed(@RequestParam String dir) throws IOException {
        String trimmed = Validators.trimmed(dir);
        new ProcessBuilder("sh", "-c", "ls " + trimmed).start();
        return "ok";
    }

    @GetMapping("/preview")
    public String preview(@RequestParam String link) throws IOException {
        URL target = new URL(link);
        return Previews.describe(target);
    }
}
"""

VALIDATORS_JAVA = """\
package shop.util;

import java.util.regex.Pattern;

public final class Validators {
    private static final Pattern SAFE_PATH = Pattern.compile("^[A-Za-z0-9_/.-]+$");

    public static String checkedPath(String input) {
        if (!SAFE_PATH.matcher(input).matches()) {
            return null;
        }
        return input;
    }

    public static String trimmed(String input) {
        return input.trim();
    }
}
"""

PREVIEWS_JAVA = """\
package shop.util;

import java.net.URL;

public final class Previews {
    public static String describe(URL url) {
        return "a link";
    }
}
"""

VIEWS_PY = """\
import os

from flask import Flask, request

from app import names
from app.names import plain_name

app = Flask(__name__)
BASE = "/srv/files"


@app.route("/download")
def download():
    name = names.safe_name(request.args["file"])
    with open(os.path.join(BASE, name)) as handle:
        return handle.read()


@app.route("/download-plain")
def download_plain():
    name = plain_name(request.args["file"])
    with open(os.path.join(BASE, name)) as handle:
        return handle.read()


@app.route("/download-bare")
def download_bare():
    name = names.stripped(request.args["file"])
    with open(os.path.join(BASE, name)) as handle:
        return handle.read()
"""

NAMES_PY = """\
import os

from werkzeug.utils import secure_filename


def safe_name(name):
    return secure_filename(name)


def plain_name(name):
    return os.path.basename(name)


def stripped(name):
    return name.strip()
"""

ITEMS_JS = """\
const express = require("express");
const db = require("../lib/db");
const ids = require("../lib/ids");

const router = express.Router();

router.get("/items/:id", (req, res) => {
  const id = ids.toId(req.params.id);
  db.query("SELECT * FROM items WHERE id = " + id, (err, rows) => res.json(rows));
});

router.get("/items/by-name/:name", (req, res) => {
  const name = ids.label(req.params.name);
  db.query("SELECT * FROM items WHERE name = '" + name + "'", (err, rows) => res.json(rows));
});

module.exports = router;
"""

IDS_JS = """\
function toId(value) {
  return parseInt(value, 10);
}

function label(value) {
  return value.trim();
}

module.exports = { toId, label };
"""

DB_JS = """\
const mysql = require("mysql");
module.exports = mysql.createConnection({});
"""

FILES_GO = """\
package web

import (
	"net/http"
	"os"
	"path/filepath"

	"example.com/shop/names"
)

func Download(w http.ResponseWriter, r *http.Request) {
	name := names.Base(r.URL.Query().Get("file"))
	data, _ := os.ReadFile(filepath.Join("/srv/files", name))
	w.Write(data)
}

func DownloadTrimmed(w http.ResponseWriter, r *http.Request) {
	name := names.Trimmed(r.URL.Query().Get("file"))
	data, _ := os.ReadFile(filepath.Join("/srv/files", name))
	w.Write(data)
}
"""

NAMES_GO = """\
package names

import (
	"path/filepath"
	"strings"
)

func Base(name string) string {
	return filepath.Base(name)
}

func Trimmed(name string) string {
	return strings.TrimSpace(name)
}
"""

DOCS_VIEWS_PY = """\
from flask import Flask, request

from app import documents
from app.paths import contained_path

app = Flask(__name__)


@app.route("/documents")
def document():
    return documents.read_document(request.args["name"])


@app.route("/documents/raw")
def document_raw():
    return documents.read_incoming(request.args["name"])


@app.route("/exports")
def export():
    path = contained_path("/srv/exports", request.args["name"])
    with open(path, "rb") as handle:
        return handle.read()
"""

# a service module: the request reaches it through a parameter only (a linked chain)
DOCUMENTS_PY = """\
import os

from app.paths import PathOutsideRoot, contained_path

ROOT = "/srv/documents"


def read_document(name):
    try:
        path = contained_path(ROOT, name)
    except PathOutsideRoot:
        raise FileNotFoundError(name)
    with open(path, "rb") as handle:
        return handle.read()


def read_incoming(name):
    base = contained_path(ROOT, "incoming")
    with open(os.path.join(base, name), "rb") as handle:
        return handle.read()
"""

# variadic, as werkzeug's safe_join is: positions before `*parts` still name parameters
PATHS_PY = """\
import os


class PathOutsideRoot(ValueError):
    pass


def contained_path(root, *parts):
    root_real = os.path.realpath(root)
    candidate = os.path.realpath(os.path.join(root_real, *parts))
    if os.path.commonpath([root_real, candidate]) != root_real:
        raise PathOutsideRoot(candidate)
    return candidate
"""

FILES = {
    "app/docs_views.py": DOCS_VIEWS_PY,
    "app/documents.py": DOCUMENTS_PY,
    "app/paths.py": PATHS_PY,
    "src/shop/web/FilesController.java": FILES_CONTROLLER_JAVA,
    "src/shop/util/Validators.java": VALIDATORS_JAVA,
    "src/shop/util/Previews.java": PREVIEWS_JAVA,
    "app/views.py": VIEWS_PY,
    "app/names.py": NAMES_PY,
    "routes/items.js": ITEMS_JS,
    "lib/ids.js": IDS_JS,
    "lib/db.js": DB_JS,
    "web/files.go": FILES_GO,
    "names/names.go": NAMES_GO,
}


def _line(path: str, fragment: str) -> int:
    return line_of(FILES[path], fragment)


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> EngineOutcome:
    root = tmp_path_factory.mktemp("helper-summaries")
    found = start(root, write_targets(root, FILES), ScanConfig(sast_timeout_seconds=300)).wait()
    assert found.status.ok, found.status.error
    return found


@pytest.mark.parametrize(
    ("rule", "path", "cleared", "kept"),
    [
        pytest.param(
            "trace.java.command-injection.tainted-command",
            "src/shop/web/FilesController.java",
            '"ls " + checked',
            '"ls " + trimmed',
            id="java-static-validator",
        ),
        pytest.param(
            "trace.python.path-traversal.tainted-file-path",
            "app/views.py",
            "open(os.path.join(BASE, name))",  # the first: through names.safe_name
            "names.stripped",
            id="python-module-function",
        ),
        pytest.param(
            "trace.javascript.sql-injection.tainted-query",
            "routes/items.js",
            '"SELECT * FROM items WHERE id = "',
            '"SELECT * FROM items WHERE name = \'"',
            id="javascript-required-module",
        ),
        pytest.param(
            "trace.go.path-traversal.tainted-file-path",
            "web/files.go",
            "os.ReadFile",
            "names.Trimmed",
            id="go-package-function",
        ),
    ],
)
def test_a_helper_of_another_file_whose_result_is_clean_clears_the_finding(
    outcome: EngineOutcome, rule: str, path: str, cleared: str, kept: str
) -> None:
    found = finding_lines(outcome, rule, path)
    # the finding through the helper that hands its input back stays, at its sink
    kept_line = _line(path, kept)
    assert any(kept_line <= line <= kept_line + 2 for line in found), found
    assert _line(path, cleared) not in found, found


def test_a_variadic_helper_of_another_file_clears_direct_and_linked_findings(
    outcome: EngineOutcome,
) -> None:
    """``contained_path(root, *parts)`` returns a path checked for containment: it clears the
    view's own finding and the chain through a service's parameter; the service's other
    helper joins the raw name to the checked base, and stays reported."""
    rule = "trace.python.path-traversal.tainted-file-path"
    assert finding_lines(outcome, rule, "app/docs_views.py") == set()
    docs = "app/documents.py"
    assert finding_lines(outcome, rule, docs) == {_line(docs, "open(os.path.join(base, name)")}


def test_a_bare_call_of_an_imported_clean_function_clears_the_finding(
    outcome: EngineOutcome,
) -> None:
    found = finding_lines(outcome, "trace.python.path-traversal.tainted-file-path", "app/views.py")
    at = _line("app/views.py", "plain_name(request")
    assert not any(at <= line <= at + 1 for line in found), found


def test_a_sink_in_the_arguments_of_a_clean_helper_is_still_reported(
    outcome: EngineOutcome,
) -> None:
    """``Previews.describe(url)`` returns a constant, but it is itself the sink (a URL handed
    to a call): a sanitizer on the call would hide it."""
    found = finding_lines(
        outcome, "trace.java.ssrf.tainted-url", "src/shop/web/FilesController.java"
    )
    assert _line("src/shop/web/FilesController.java", "Previews.describe(target)") in found


def test_what_is_cleared_follows_the_helpers_file_through_the_cache(tmp_path: Path) -> None:
    """The caller is unchanged (its own entry is cached); its helper stops checking, and the
    finding must come back; it checks again, and the finding must go."""
    root = tmp_path / "repo"
    files = {
        p: FILES[p]
        for p in (
            "src/shop/web/FilesController.java",
            "src/shop/util/Validators.java",
            "src/shop/util/Previews.java",
        )
    }
    config = ScanConfig(sast_timeout_seconds=300, cache_dir=tmp_path / "cache")
    rule = "trace.java.command-injection.tainted-command"
    path = "src/shop/web/FilesController.java"
    checked = _line(path, '"ls " + checked')

    def lines() -> set[int]:
        found = start(root, write_targets(root, files), config).wait()
        assert found.status.ok, found.status.error
        return finding_lines(found, rule, path)

    assert checked not in lines()
    assert checked not in lines()  # an unchanged tree: what was cleared is remembered
    careless = VALIDATORS_JAVA.replace("!SAFE_PATH.matcher(input).matches()", "input == null")
    files["src/shop/util/Validators.java"] = careless
    assert checked in lines()
    files["src/shop/util/Validators.java"] = VALIDATORS_JAVA
    assert checked not in lines()
    # another file changes: the tree is new, the question's own entry answers
    files["src/shop/util/Previews.java"] = PREVIEWS_JAVA + "\n"
    assert checked not in lines()
    # the caller changes: asked again, with its helper's summary kept by the helper's content
    files[path] = FILES_CONTROLLER_JAVA + "\n// touched\n"
    assert checked not in lines()


def test_a_failed_semgrep_run_clears_nothing(tmp_path: Path) -> None:
    """A run that fails (semgrep killed, out of memory) gives no answer: the questions stay
    unanswered, so nothing is cleared and nothing is stored as cleared."""
    outcome = _scan_java(tmp_path)
    path = "src/shop/web/FilesController.java"
    rule = "trace.java.command-injection.tainted-command"
    printed = [(path, f) for f in outcome.findings if f.rule_id == rule]
    by_id = {str(r["id"]): r for r in bundled_rules(["java"])}
    index = Index(sorted(JAVA_FILES), by_id, JAVA_FILES.get)
    asked = questions(printed, by_id, index)
    assert [q.path for q in asked] == [path]
    # the finding through the clean helper is gone already; the other one is asked about
    assert {c.name for q in asked for c in q.calls} == {"trimmed"}

    def failing(rules: Mapping[str, Any], targets: Sequence[str], traces: bool) -> Any:
        raise RuntimeError("semgrep was killed")

    assert answer(asked, by_id, index, failing) == {}


JAVA_FILES = {p: t for p, t in FILES.items() if p.endswith(".java")}


def _scan_java(tmp_path: Path) -> EngineOutcome:
    root = tmp_path / "repo"
    found = start(root, write_targets(root, JAVA_FILES), ScanConfig(sast_timeout_seconds=300))
    outcome = found.wait()
    assert outcome.status.ok, outcome.status.error
    return outcome


def test_a_stopped_run_holds_back_the_findings_it_could_not_judge(tmp_path: Path) -> None:
    """A run stopped before the helpers of other files are judged (here semgrep fails on the
    one file changed since the cached scan) reports neither the finding that helper would
    clear nor the one it would not: an incomplete run resolves nothing, so they stay as they
    were until a complete run judges them, and no false alarm appears in the meantime."""
    root = tmp_path / "repo"
    path = "src/shop/web/FilesController.java"
    rule = "trace.java.command-injection.tainted-command"
    checked, trimmed = _line(path, '"ls " + checked'), _line(path, '"ls " + trimmed')
    config = ScanConfig(sast_timeout_seconds=300, cache_dir=tmp_path / "cache")
    first = start(root, write_targets(root, JAVA_FILES), config).wait()
    assert first.status.ok, first.status.error
    assert finding_lines(first, rule, path) == {trimmed}

    # the helper's file changes (the caller's findings come from the cache); semgrep cannot
    # start under this memory limit, so the question about the helper goes unanswered
    files = dict(JAVA_FILES)
    files["src/shop/util/Validators.java"] = VALIDATORS_JAVA + "\n// reviewed\n"
    starved = ScanConfig(sast_timeout_seconds=300, cache_dir=tmp_path / "cache", sast_memory_mb=48)
    stopped = start(root, write_targets(root, files), starved).wait()
    assert not stopped.status.ok
    assert not stopped.status.complete
    assert finding_lines(stopped, rule, path) == set()

    judged = start(root, write_targets(root, files), config).wait()
    assert judged.status.ok, judged.status.error
    assert finding_lines(judged, rule, path) == {trimmed}
    assert checked not in finding_lines(judged, rule, path)
