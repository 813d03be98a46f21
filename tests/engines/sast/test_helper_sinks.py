"""Taint carried into a helper of the same file through its parameter, through the SAST runner
and real semgrep.

Each helper below holds a sink its parameter reaches; whether a finding is reported depends
only on what its callers pass, and on whether the call reaches the file's own definition.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.engine_trees import line_of, write_targets
from tracesec.engines.model import EngineOutcome, ScanConfig
from tracesec.engines.sast import start
from tracesec.engines.sast.helper_sinks import plan, with_files_from

ACCOUNTS_JAVA = """\
import java.sql.Connection;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;

public class Accounts {
    private Connection conn;
    private Archive other;

    public void byName(HttpServletRequest request) throws Exception {
        String name = request.getParameter("name");
        injectable(name);
    }

    public void byNameAgain(HttpServletRequest request) throws Exception {
        this.injectable(request.getParameter("again"));
    }

    public void byPosition(HttpServletRequest request) throws Exception {
        second(request.getParameter("first"), "fixed");
        second("fixed", request.getParameter("second"));
    }

    public void byCount(HttpServletRequest request) throws Exception {
        counted(Integer.parseInt(request.getParameter("count")));
    }

    public void byConstant() throws Exception {
        constant("orders");
    }

    public void byChain(HttpServletRequest request) throws Exception {
        lookup(request.getParameter("chain"));
        ping(request.getParameter("cycle"));
    }

    private void lookup(String key) throws Exception {
        String where = "key = '" + key + "'";
        fetch(where);
    }

    private void fetch(String clause) throws Exception {
        Statement st = conn.createStatement();
        st.executeQuery("SELECT * FROM accounts WHERE " + clause);
    }

    // a cycle: each hands its argument to the other, never to a sink
    private void ping(String v) throws Exception {
        pong(v);
    }

    private void pong(String v) throws Exception {
        ping(v);
    }

    public void byOther(HttpServletRequest request) throws Exception {
        other.elsewhere(request.getParameter("other"));
    }

    protected void injectable(String accountName) throws Exception {
        // try (...) { reads like a definition of `try`: never a helper
        try (Statement st = conn.createStatement()) {
            st.executeQuery("SELECT * FROM accounts WHERE name = '" + accountName + "'");
        }
    }

    /**
     * Reads the account back (see Store.read()): a call in a comment, then an annotation
     */
    @SuppressWarnings("unchecked")
    private void second(String label, String value) throws Exception {
        try (Statement st = conn.createStatement(); Statement log = conn.createStatement()) {
            st.executeQuery("SELECT * FROM accounts WHERE value = '" + value + "'");
        } catch (Exception e) {
            System.out.println(label);
        }
    }

    private void counted(int count) throws Exception {
        Statement st = conn.createStatement();
        st.executeQuery("SELECT * FROM accounts LIMIT " + count);
    }

    private void constant(String table) throws Exception {
        Statement st = conn.createStatement();
        st.executeQuery("SELECT * FROM " + table);
    }

    // same name as what `other` is asked to do: an unknown receiver never reaches it
    private void elsewhere(String where) throws Exception {
        Statement st = conn.createStatement();
        st.executeQuery("SELECT * FROM accounts WHERE " + where);
    }
}
"""

VIEWS_PY = """\
from flask import request


def run_report(cur, name):
    cur.execute("SELECT * FROM reports WHERE name = '" + name + "'")


def find(cur, limit=10, name=None):
    cur.execute("SELECT * FROM reports WHERE owner = '" + name + "'")


def by_id(cur, ident):
    cur.execute("SELECT * FROM reports WHERE id = " + str(ident))


class Reports:
    def lookup(self, cur, title):
        cur.execute("SELECT * FROM reports WHERE title = '" + title + "'")

    def by_title(self, cur):
        self.lookup(cur, request.args["title"])


def handler(cur):
    run_report(cur, request.args["name"])
    find(cur, name=request.args["owner"])
    by_id(cur, int(request.args["id"]))
    # a bare name never reaches the method Reports.lookup
    lookup(cur, request.args["bare"])
"""

ORDERS_JS = """\
const express = require('express');
const { pool } = require('./db');
const app = express();

function findOrders(customer) {
  return pool.query("SELECT * FROM orders WHERE customer = '" + customer + "'");
}

function countOrders(status) {
  return pool.query("SELECT count(*) FROM orders WHERE status = '" + status + "'");
}

const byRegion = async (region) =>
  pool.query("SELECT * FROM orders WHERE region = '" + region + "'");

const byCity = function (city) {
  return pool.query("SELECT * FROM orders WHERE city = '" + city + "'");
};

class Search {
  byTerm(term) {
    return pool.query("SELECT * FROM orders WHERE note LIKE '%" + term + "%'");
  }

  run(req) {
    return this.byTerm(req.query.term);
  }
}

app.get('/orders', async (req, res) => {
  await findOrders(req.query.customer);
  await countOrders('open');
  await byRegion(req.query.region);
  await byCity('Leeds');
  res.json({});
});
"""

ORDERS_GO = """\
package main

import (
    "database/sql"
    "net/http"
    "strconv"
)

func lookup(db *sql.DB, name string) {
    db.Query("SELECT * FROM orders WHERE name = '" + name + "'")
}

func byID(db *sql.DB, id int) {
    db.Query("SELECT * FROM orders WHERE id = " + strconv.Itoa(id))
}

func handler(db *sql.DB) http.HandlerFunc {
    return func(w http.ResponseWriter, r *http.Request) {
        lookup(db, r.URL.Query().Get("name"))
        id, _ := strconv.Atoi(r.URL.Query().Get("id"))
        byID(db, id)
    }
}
"""

# overloads: two definitions pass a value at the same position
OVERLOADS_JAVA = """\
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;

class Overloads {
    private Statement st;

    void byName(HttpServletRequest request) throws Exception {
        find(request.getParameter("name"));
    }

    void byLabel(HttpServletRequest request) throws Exception {
        // the comma inside the literal is not an argument's end
        label("a, b", request.getParameter("label"));
    }

    void label(String fixed, String value) throws Exception {
        st.executeQuery("SELECT * FROM t WHERE label = '" + value + "'");
    }

    void find(String name) throws Exception {
        st.executeQuery("SELECT * FROM t WHERE name = '" + name + "'");
    }

    void find(String name, String order) throws Exception {
        st.executeQuery("SELECT * FROM t WHERE name = '" + name + "' ORDER BY " + order);
    }
}
"""

FILES = {
    "src/Accounts.java": ACCOUNTS_JAVA,
    "src/Overloads.java": OVERLOADS_JAVA,
    "app/views.py": VIEWS_PY,
    "web/orders.js": ORDERS_JS,
    "svc/orders.go": ORDERS_GO,
}


def _line(path: str, fragment: str) -> int:
    return line_of(FILES[path], fragment)


def _reported(outcome: EngineOutcome, rule: str, path: str) -> dict[int, list[int]]:
    """Line of each finding of ``rule`` in ``path`` → the lines of its taint trace."""
    return {
        f.location.start_line: [step["line"] for step in f.extra.get("dataflow") or ()]
        for f in outcome.findings
        if f.rule_id == rule and f.location.path == path
    }


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> EngineOutcome:
    root = tmp_path_factory.mktemp("helper-sinks")
    targets = write_targets(root, FILES)
    return start(root, targets, ScanConfig(sast_timeout_seconds=300)).wait()


def test_java_request_data_reaches_the_query_a_helper_builds(outcome: EngineOutcome) -> None:
    assert outcome.status.ok, outcome.status.error  # every added rule parsed
    path = "src/Accounts.java"
    reported = _reported(outcome, "trace.java.sql-injection.tainted-query", path)
    injectable = _line(path, "WHERE name = ")
    # reported once at the helper's sink, though two callers reach it; the trace runs from
    # the caller's source through the call and the parameter to the sink
    assert reported[injectable] == [
        _line(path, 'request.getParameter("name")'),
        _line(path, "injectable(name);"),
        _line(path, "protected void injectable("),
        injectable,
    ]
    # second(label, value): only the call that passes request data as `value` counts
    assert reported[_line(path, "WHERE value = ")][0] == _line(path, 'getParameter("second")')
    # handed on from helper to helper: lookup(key) builds a clause it passes to fetch(clause)
    assert reported[_line(path, 'WHERE " + clause')] == [
        _line(path, 'getParameter("chain")'),
        _line(path, "private void lookup("),
        _line(path, "String where = "),
        _line(path, "fetch(where);"),
        _line(path, "private void fetch("),
        _line(path, 'WHERE " + clause'),
    ]
    assert _line(path, "LIMIT ") not in reported  # an int parameter carries no injection
    assert _line(path, '"SELECT * FROM " + table') not in reported  # only called with a constant
    # other.elsewhere(...): an unknown receiver, not the file's own `elsewhere`
    assert _line(path, 'WHERE " + where') not in reported
    assert len(reported) == 3


def test_java_overloads_are_told_apart_by_how_many_arguments_a_call_passes(
    outcome: EngineOutcome,
) -> None:
    path = "src/Overloads.java"
    reported = _reported(outcome, "trace.java.sql-injection.tainted-query", path)
    # find(name) is called, find(name, order) never is
    assert _line(path, 'WHERE name = \'" + name + "\'");') in reported
    assert _line(path, "ORDER BY") not in reported
    assert _line(path, "WHERE label = ") in reported


def test_python_functions_methods_and_keyword_arguments(outcome: EngineOutcome) -> None:
    path = "app/views.py"
    reported = _reported(outcome, "trace.python.sql-injection.tainted-query", path)
    assert _line(path, "WHERE name = ") in reported  # run_report(cur, request...)
    assert _line(path, "WHERE owner = ") in reported  # find(cur, name=request...)
    assert _line(path, "WHERE title = ") in reported  # self.lookup: self is not an argument
    assert _line(path, "WHERE id = ") not in reported  # int() first
    assert len(reported) == 3  # a bare lookup(...) is not the method Reports.lookup


def test_javascript_functions_and_methods(outcome: EngineOutcome) -> None:
    path = "web/orders.js"
    reported = _reported(outcome, "trace.javascript.sql-injection.tainted-query", path)
    assert _line(path, "WHERE customer = ") in reported
    assert _line(path, "WHERE note LIKE ") in reported  # this.byTerm(req.query.term)
    assert _line(path, "WHERE status = ") not in reported  # only called with a constant
    # functions assigned to a name: an arrow with an expression body, a function expression
    assert _line(path, "WHERE region = ") in reported
    assert _line(path, "WHERE city = ") not in reported  # only called with a constant


def test_go_functions(outcome: EngineOutcome) -> None:
    path = "svc/orders.go"
    reported = _reported(outcome, "trace.go.sql-injection.tainted-query", path)
    assert _line(path, "WHERE name = ") in reported
    assert _line(path, "WHERE id = ") not in reported  # an int parameter


def test_only_the_rules_own_findings_are_reported(outcome: EngineOutcome) -> None:
    # the parameter and call rules that joined the run are read back, never reported
    assert outcome.findings
    assert not [f for f in outcome.findings if f.rule_id.startswith("trace.helper-sinks.")]


RULE = {
    "id": "trace.java.sql-injection.tainted-query",
    "mode": "taint",
    "languages": ["java"],
    "pattern-sources": [{"pattern": "(HttpServletRequest $R).getParameter(...)"}],
    "pattern-sinks": [{"pattern": "$S.executeQuery(...)"}],
}


def _rules_for(text: str) -> list[str]:
    return [str(r["id"]) for r in plan([RULE], ["A.java"], lambda p: text).rules]


def test_files_where_no_helper_can_carry_a_callers_taint_add_no_rules() -> None:
    reads = 'void a(HttpServletRequest r) { h(r.getParameter("q")); }'
    # defined, never called
    assert _rules_for("class A { void h(String q) { st.executeQuery(q); } }") == []
    # called, but its text holds no sink of the rule
    assert _rules_for(f"class A {{ {reads} void h(String q) {{ log(q); }} }}") == []
    # a number carries no injection
    assert _rules_for(f"class A {{ {reads} void h(int n) {{ st.executeQuery(n); }} }}") == []
    # the servlet idiom: doGet hands its request and response to doPost, whose parameters are
    # read through the rule's own sources, never carried in
    servlet = (
        "class S { void doGet(HttpServletRequest request, HttpServletResponse response) {"
        " doPost(request, response); }"
        " void doPost(HttpServletRequest request, HttpServletResponse response) {"
        ' st.executeQuery(request.getParameter("q")); } }'
    )
    assert _rules_for(servlet) == []
    # a file that never reads request data has no caller to carry it
    no_source = "class D { void a(String q) { h(q); } void h(String q) { st.executeQuery(q); } }"
    assert _rules_for(no_source) == []
    helper = f"class A {{ {reads} void h(String q) {{ st.executeQuery(q); }} }}"
    assert _rules_for(helper)  # as below: the same helper, in a hand-written file
    # a bundle or a library build: over 64 KB, or minified into long lines
    assert _rules_for(helper + "\n// padding line\n" * 5000) == []
    assert _rules_for(helper + " " * 300) == []
    # variadic: positions stop naming one parameter
    assert _rules_for(f"class A {{ {reads} void h(String... q) {{ st.executeQuery(q); }} }}") == []


def test_a_helper_that_may_carry_taint_adds_a_parameter_and_a_call_rule() -> None:
    reads = 'void a(HttpServletRequest r) { h(r.getParameter("q")); }'
    assert _rules_for(f"class A {{ {reads} void h(String q) {{ st.executeQuery(q); }} }}") == [
        "trace.helper-sinks.trace.java.sql-injection.tainted-query",
        "trace.helper-sinks.calls.0",
    ]
    # a body that never closes is read to the end of the file, not an error
    assert len(_rules_for(f"class A {{ {reads} void h(String q) {{ st.executeQuery(q);")) == 2


def test_a_rule_semgrep_cannot_parse_loses_only_its_own_findings() -> None:
    reads = 'void a(HttpServletRequest r) { h(r.getParameter("q")); }'
    text = f"class A {{ {reads} void h(String q) {{ st.executeQuery(q); }} }}"
    helpers = plan([RULE], ["A.java"], lambda p: text)
    kept = {"check_id": RULE["id"], "path": "A.java", "start": {"offset": 1}, "end": {}}
    other_error = {"rule_id": "trace.java.other", "type": "Rule parse error"}
    document = {
        "results": [kept],
        "errors": [
            {"rule_id": "trace.helper-sinks.calls.0", "type": "Rule parse error"},
            other_error,
        ],
    }
    assert helpers.joined(document) == {"results": [kept], "errors": [other_error]}
    assert helpers.gave_up(document) == []


def test_a_file_given_up_at_an_added_rule_is_scanned_again_with_the_rules_own() -> None:
    # semgrep gives a file up at its first timeout: the added rule's cost the file its own
    # findings, so the runner scans it again without them and takes that run's word for it
    reads = 'void a(HttpServletRequest r) { h(r.getParameter("q")); }'
    text = f"class A {{ {reads} void h(String q) {{ st.executeQuery(q); }} }}"
    helpers = plan([RULE], ["A.java", "B.java"], lambda p: text)
    timeout = {"rule_id": "trace.helper-sinks.calls.0", "type": "Timeout", "path": "A.java"}
    elsewhere = {"rule_id": RULE["id"], "type": "Timeout", "path": "B.java"}
    document = {"results": [{"check_id": "x", "path": "B.java"}], "errors": [timeout, elsewhere]}
    assert helpers.gave_up(document) == ["A.java"]
    # until then the error stays: the file's coverage says it timed out
    assert helpers.joined(document)["errors"] == [timeout, elsewhere]
    again = {"results": [{"check_id": RULE["id"], "path": "A.java"}], "errors": []}
    assert with_files_from(document, again, ["A.java"]) == {
        "results": [
            {"check_id": "x", "path": "B.java"},
            {"check_id": RULE["id"], "path": "A.java"},
        ],
        "errors": [elsewhere],
    }


def test_the_added_rules_are_the_same_run_after_run(tmp_path: Path) -> None:
    # sets of strings iterate in a per-process order: the plan must not depend on it
    write_targets(tmp_path, FILES)
    program = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from tracesec.engines.sast.command import RULES_DIR\n"
        "from tracesec.engines.sast.helper_sinks import plan\n"
        "from tracesec.engines.sast.rule_yaml import load_rules_yaml\n"
        "rules = [r for f in sorted(RULES_DIR.rglob('*.yaml'))"
        " for r in load_rules_yaml(f.read_text())['rules']]\n"
        "root = Path(sys.argv[1])\n"
        "paths = sorted(str(p.relative_to(root)) for p in root.rglob('*') if p.is_file())\n"
        "print(json.dumps(plan(rules, paths, lambda p: (root / p).read_text()).rules))\n"
    )
    printed = {
        subprocess.run(
            [sys.executable, "-c", program, str(tmp_path)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(printed) == 1
    assert json.loads(printed.pop())  # and it plans rules for these files
