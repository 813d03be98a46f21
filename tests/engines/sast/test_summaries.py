"""Same-file method summaries, through the SAST runner and real semgrep.

Each flow below differs from a reported one only in what a helper of the same file does with
its argument, which semgrep CE alone cannot see (it assumes a call returns its arguments'
taint).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.engine_trees import finding_lines, write_targets
from tracesec.engines.model import EngineOutcome, ScanConfig
from tracesec.engines.sast import start
from tracesec.engines.sast.summaries import refine

JAVA_SQL = "trace.java.sql-injection.tainted-query"
PY_SQL = "trace.python.sql-injection.tainted-query"

ORDERS_JAVA = """\
import java.sql.Connection;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;

public class Orders {
    private Connection conn;

    public void byStatus(HttpServletRequest request) throws Exception {
        String column = sortColumn(request.getParameter("status"));
        Statement st = conn.createStatement();
        st.executeQuery("SELECT * FROM orders ORDER BY " + column);
    }

    public void byCustomer(HttpServletRequest request) throws Exception {
        String filter = quoteLike(request.getParameter("name"));
        Statement st = conn.createStatement();
        st.executeQuery("SELECT * FROM orders WHERE customer LIKE " + filter);
    }

    public void byRegion(HttpServletRequest request) throws Exception {
        String region = new Lookup().regionCode(request.getParameter("region"));
        Statement st = conn.createStatement();
        st.executeQuery("SELECT * FROM orders WHERE region = '" + region + "'");
    }

    public void byNote(HttpServletRequest request) throws Exception {
        String note = new StringBuilder().append(request.getParameter("note")).toString();
        Statement st = conn.createStatement();
        st.executeQuery("SELECT * FROM orders WHERE note = '" + note + "'");
    }

    public void byTag(HttpServletRequest request) throws Exception {
        String tag = normalise(request.getParameter("tag"), "-");
        Statement st = conn.createStatement();
        st.executeQuery("SELECT * FROM orders WHERE tag = '" + tag + "'");
    }

    public void byCode(HttpServletRequest request) throws Exception {
        String code = this.sortColumn(request.getParameter("code"));
        Statement st = conn.createStatement();
        st.executeQuery("SELECT * FROM orders WHERE code = '" + code + "'");
    }

    private static String sortColumn(String requested) {
        if ("date".equals(requested)) {
            return "created_at";
        }
        return "id";
    }

    private static String quoteLike(String value) {
        return "'%" + value + "%'";
    }

    // clean, but a library method of the same name must stay a taint carrier
    private String append(String value) {
        return "x";
    }

    // one overload is clean, the other returns its argument: the name is not clean
    private static String normalise(String value) {
        return "n";
    }

    private static String normalise(String value, String separator) {
        return value.replace(" ", separator);
    }

    private class Lookup {
        String regionCode(String raw) {
            return "EU";
        }
    }

    // a variadic parameter is not a parameter source: the helper must stay a carrier
    private static String firstOf(String... values) {
        return values[0];
    }

    public void byFirst(HttpServletRequest request) throws Exception {
        String first = firstOf(request.getParameter("first"));
        Statement st = conn.createStatement();
        st.executeQuery("SELECT * FROM orders WHERE first = '" + first + "'");
    }

    // a clean helper's argument is still read: the sink inside it is reported
    public int byWrapped(HttpServletRequest request) throws Exception {
        Statement st = conn.createStatement();
        return rowCount(st.executeQuery("SELECT * FROM t WHERE w = '" + request.getParameter("w")));
    }

    private static int rowCount(java.sql.ResultSet rows) {
        return 0;
    }
}
"""

VIEWS_PY = """\
from flask import request


def table_for(kind):
    if kind == "archive":
        return "orders_archive"
    return "orders"


def quoted(value):
    return "'" + value + "'"


class Report:
    def column(self, requested):
        return "total" if requested == "sum" else "id"

    def by_kind(self, cur):
        cur.execute("SELECT * FROM " + table_for(request.args["kind"]))

    def by_name(self, cur):
        cur.execute("SELECT * FROM t WHERE name = " + quoted(request.args["name"]))

    def by_column(self, cur):
        cur.execute("SELECT " + self.column(request.args["col"]) + " FROM t")


def by_bare_name(cur):
    # `column` here is not Report.column (a bare name never reaches a method)
    cur.execute("SELECT " + column(request.args["col"]) + " FROM t")


def first_of(*values, **options):
    return values[0]


def by_first(cur):
    cur.execute("SELECT * FROM t WHERE a = " + first_of(request.args["a"]))
"""

ORDERS_TS = """\
import express, { Request, Response } from 'express';
import { pool } from './db';

const app = express();

// Zürich, Genève: text before the functions that is not ASCII (semgrep counts bytes)
function sortColumn(requested: string): string {
  if (requested === 'date') {
    return 'created_at';
  }
  return 'id';
}

function quoteLike(value: string): string {
  return `'%${value}%'`;
}

const passThrough = (value: string) => value;

class Report {
  column(requested: string): string {
    return requested === 'sum' ? 'total' : 'id';
  }

  async byColumn(req: Request) {
    await pool.query('SELECT ' + this.column(req.query.col as string) + ' FROM t');
  }

  async byBareName(req: Request) {
    await pool.query('SELECT ' + column(req.query.col as string) + ' FROM t');
  }
}

app.get('/a', async (req: Request, res: Response) => {
  await pool.query('SELECT * FROM orders ORDER BY ' + sortColumn(req.query.s as string));
  await pool.query('SELECT * FROM orders WHERE c LIKE ' + quoteLike(req.query.n as string));
  await pool.query('SELECT * FROM orders WHERE c = ' + passThrough(req.query.c as string));
  await pool.query('SELECT * FROM orders WHERE f = ' + firstOf(req.query.f as string));
  res.json({});
});

function firstOf(...values: string[]) {
  return values[0];
}
"""

ORDERS_GO = """\
package main

import (
	"database/sql"
	"net/http"
)

var db *sql.DB
var client *Client

type Server struct{}

func sortColumn(requested string) string {
	if requested == "date" {
		return "created_at"
	}
	return "id"
}

func quote(value, suffix string) (string, error) {
	return "'" + value + suffix + "'", nil
}

func named(value string) (out string) {
	out = value
	return
}

func firstOf(values ...string) string {
	return values[0]
}

func (s *Server) column(requested string) string {
	return "id"
}

func handler(w http.ResponseWriter, r *http.Request) {
	db.Query("SELECT * FROM orders ORDER BY " + sortColumn(r.FormValue("s")))
	q, _ := quote(r.FormValue("q"), "")
	db.Query("SELECT * FROM orders WHERE q = " + q)
	db.Query("SELECT * FROM orders WHERE n = " + named(r.FormValue("n")))
	db.Query("SELECT * FROM orders WHERE f = " + firstOf(r.FormValue("f")))
	s := &Server{}
	db.Query("SELECT " + s.column(r.FormValue("c")) + " FROM t")
}

func (s *Server) echo(requested string) string {
	return requested
}

func (s *Server) list(w http.ResponseWriter, r *http.Request) {
	db.Query("SELECT " + s.column(r.FormValue("c")) + " FROM t")
	db.Query("SELECT " + s.echo(r.FormValue("e")) + " FROM t")
	db.Query("SELECT " + client.column(r.FormValue("o")) + " FROM t")
	var t Server
	db.Query("SELECT " + t.column(r.FormValue("t")) + " FROM t")
}
"""

GO_SQL = "trace.go.sql-injection.tainted-query"

# C# members with an expression body: one returns its argument, one a constant
ORDERS_CS = """\
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

[ApiController]
public class OrdersController : ControllerBase
{
    private readonly ShopDbContext _db;

    public OrdersController(ShopDbContext db) => _db = db;

    [HttpGet("orders/by-note")]
    public IActionResult ByNote([FromQuery] string note)
    {
        return Ok(_db.Orders.FromSqlRaw("SELECT * FROM t WHERE n = '" + Trimmed(note) + "'"));
    }

    [HttpGet("orders/by-status")]
    public IActionResult ByStatus([FromQuery] string status)
    {
        return Ok(_db.Orders.FromSqlRaw("SELECT * FROM t ORDER BY " + SortColumn(status)));
    }

    private static string Trimmed(string value) => value.Trim();

    private static string SortColumn(string requested) => "created_at";
}
"""

CS_SQL = "trace.csharp.sql-injection.tainted-query"

JS_SQL = "trace.javascript.sql-injection.tainted-query"


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> EngineOutcome:
    root = tmp_path_factory.mktemp("summaries")
    files = {
        "src/Orders.java": ORDERS_JAVA,
        "app/views.py": VIEWS_PY,
        "web/orders.ts": ORDERS_TS,
        "web/orders.js": _without_types(ORDERS_TS),
        "svc/orders.go": ORDERS_GO,
        "Shop/OrdersController.cs": ORDERS_CS,
    }
    return start(root, write_targets(root, files), ScanConfig(sast_timeout_seconds=300)).wait()


def test_java_helpers_that_drop_their_argument_end_the_flow(outcome: EngineOutcome) -> None:
    assert outcome.status.ok, outcome.status.error
    reported = finding_lines(outcome, JAVA_SQL, "src/Orders.java")
    assert 11 not in reported  # sortColumn returns a constant
    assert 23 not in reported  # new Lookup().regionCode: inner class of the file, constant
    assert 41 not in reported  # this.sortColumn
    assert 17 in reported  # quoteLike returns its argument
    assert 29 in reported  # StringBuilder.append is not the file's clean append
    assert 35 in reported  # normalise(a, b) returns its argument: the name is not clean
    assert 83 in reported  # firstOf(String...): a variadic helper stays a carrier
    assert 89 in reported  # rowCount(st.executeQuery(...)): clean, but its argument is a sink


def test_csharp_expression_bodied_helpers_are_summarised(outcome: EngineOutcome) -> None:
    """`Trimmed(string value) => value.Trim();` returns its argument's taint; `SortColumn`
    returns a constant. A summary that read only `return` statements would call both clean."""
    reported = finding_lines(outcome, CS_SQL, "Shop/OrdersController.cs")
    assert 14 in reported  # Trimmed(note) carries the note
    assert 20 not in reported  # SortColumn returns a constant


def test_python_helpers_reached_only_in_forms_that_resolve_to_them(
    outcome: EngineOutcome,
) -> None:
    reported = finding_lines(outcome, PY_SQL, "app/views.py")
    assert 19 not in reported  # table_for returns a constant
    assert 25 not in reported  # self.column: a method of the class, constant
    assert 22 in reported  # quoted returns its argument
    assert 30 in reported  # a bare `column(...)` is not the method
    assert 38 in reported  # first_of(*values): a variadic helper stays a carrier


@pytest.mark.parametrize("path", ["web/orders.ts", "web/orders.js"])
def test_javascript_functions_and_methods_reached_only_in_forms_that_resolve_to_them(
    outcome: EngineOutcome, path: str
) -> None:
    reported = finding_lines(outcome, JS_SQL, path)
    assert 35 not in reported  # sortColumn returns a constant
    assert 26 not in reported  # this.column: a method of the class, constant
    assert 36 in reported  # quoteLike returns its argument
    assert 37 in reported  # an arrow function is never summarised: it stays a carrier
    assert 30 in reported  # a bare `column(...)` is not the method
    assert 38 in reported  # firstOf(...values): a variadic helper stays a carrier


def test_go_functions_and_methods_reached_only_where_the_receiver_type_is_known(
    outcome: EngineOutcome,
) -> None:
    reported = finding_lines(outcome, GO_SQL, "svc/orders.go")
    assert 38 not in reported  # sortColumn returns a constant
    assert 40 in reported  # quote returns its argument (first of two results)
    assert 41 in reported  # named results returned bare: not seen by the summary, a carrier
    assert 42 in reported  # firstOf(values ...string): variadic, a carrier
    assert 44 not in reported  # s := &Server{}: s.column is Server's, a constant
    assert 52 not in reported  # s.column on the method's own receiver
    assert 53 in reported  # s.echo returns its argument
    assert 54 in reported  # client *Client: a value of another type is never a sanitizer
    assert 56 not in reported  # var t Server


def _without_types(typescript: str) -> str:
    """The TypeScript fixture as plain JavaScript, line for line."""
    text = re.sub(r"\((\w+): \w+\)", r"(\1)", typescript)
    text = re.sub(r"\): string \{", ") {", text)
    text = text.replace(", { Request, Response }", "")
    text = re.sub(r" as string", "", text)
    return re.sub(r"(\w+): (?:Request|Response)", r"\1", text)


def test_a_failed_refinement_keeps_the_first_findings() -> None:
    document = {
        "results": [
            {"check_id": JAVA_SQL, "path": "A.java", "start": {"offset": 1}, "end": {}},
        ],
        "errors": [],
    }
    rule = {
        "id": JAVA_SQL,
        "mode": "taint",
        "languages": ["java"],
        "pattern-sources": [{"pattern": "source()"}],
        "pattern-sinks": [{"pattern": "sink(...)"}],
    }

    def failing_run(rules: object, targets: object, traces: bool) -> dict:
        raise RuntimeError("semgrep failed")

    assert refine(document, [rule], failing_run, lambda p: "class A {}") == document


def test_files_without_taint_findings_cost_no_extra_run(tmp_path: Path) -> None:
    calls: list[object] = []

    def run(rules: object, targets: object, traces: bool) -> dict:
        calls.append(targets)
        return {"results": [], "errors": []}

    document = {"results": [{"check_id": "trace.java.crypto.weak-hash", "path": "A.java"}]}
    rule = {"id": "trace.java.crypto.weak-hash", "languages": ["java"], "pattern": "x"}
    assert refine(document, [rule], run, lambda p: "") == document
    assert calls == []
