"""PHP and C# throw expressions: the in-place rewrite, and the runner over real semgrep."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracesec.engines.model import ScanConfig, TargetFile
from tracesec.engines.sast import start
from tracesec.engines.sast.throw_expressions import rewrite


@pytest.mark.parametrize(
    ("before", "expression"),
    [
        (b"$b = f($id) ?? throw new E('x');", b"throw new E('x')"),
        (
            b"_r = r ?? throw new ArgumentNullException(nameof(r));",
            b"throw new ArgumentNullException(nameof(r))",
        ),
        (b'var x = id is null ? throw new E("a;b") : id;', b'throw new E("a;b") '),
        (b"public int N() => throw new E();", b"throw new E()"),
        (b'$x = $q->get("x") ?: throw new B("x");', b'throw new B("x")'),
        (b"$ok or throw new E();", b"throw new E()"),
        (b"$x = $a ?? throw Errors::notFound($id);", b"throw Errors::notFound($id)"),
        # the message quoting the input flows nowhere
        (b"$s = T[$k] ?? throw new E(sprintf('%s', $k));", b"throw new E(sprintf('%s', $k))"),
    ],
)
def test_throw_expressions_become_null_in_place(before: bytes, expression: bytes) -> None:
    assert rewrite(before) == before.replace(expression, b"null".ljust(len(expression)))


def test_a_throw_expression_over_lines_keeps_its_line_breaks() -> None:
    before = b'var y = ok ? id : throw new E(\n  "x");\nreturn y;'
    assert rewrite(before) == b"var y = ok ? id : null        \n      ;\nreturn y;"


@pytest.mark.parametrize(
    "source",
    [
        b"if (x) throw new E();\nthrow;\n",
        b'switch ($k) { case "a": throw new E(); default: throw new F(); }',
        b"Foo::throw(); $this->throw(1); rethrow(e);",
        # in a comment or a string: WebGoat.NET's `/// If true, throw an exception ...;` lost
        # its comment marks and no longer parsed
        b"/// <param>If true, throw an exception if the role has members; otherwise, false.\n",
        b"/* a, throw b; */ # x, throw y;\n",
        b'var m = "x ?? throw new E();"; var c = \'?\'; var v = @"a, throw ""b"";";',
    ],
)
def test_throw_statements_are_not_rewritten(source: bytes) -> None:
    assert rewrite(source) is None


PHP = """\
<?php
class RoomController
{
    public function book(Request $request, int $roomId): Response
    {
        $room = $this->rooms->find($roomId) ?? throw new NotFoundHttpException('No room');
        $approver = $request->request->get('approver');
        $result = ldap_search($this->ldap, 'ou=staff', '(uid=' . $approver . ')');
        return new Response('ok');
    }
}
"""

CSHARP = """\
public class PermitsController : Controller
{
    [HttpGet]
    public IActionResult Search([FromQuery] string owner)
    {
        var db = _db ?? throw new InvalidOperationException("no database");
        var command = new SqlCommand("SELECT * FROM permits WHERE owner = '" + owner + "'", db);
        return Ok(command.ExecuteReader());
    }
}
"""


@pytest.mark.parametrize(
    ("name", "text", "rule", "line", "snippet"),
    [
        ("app.php", PHP, "ldap-injection", 8, "$result = ldap_search("),
        ("app.cs", CSHARP, "sql-injection", 7, "var command = new SqlCommand("),
    ],
)
def test_taint_flows_past_a_throw_expression_and_the_finding_points_into_the_real_file(
    tmp_path: Path, name: str, text: str, rule: str, line: int, snippet: str
) -> None:
    """semgrep alone finds nothing after the `?? throw` line: it reads the rest of the
    method as unreachable."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    target = TargetFile(path=name, abspath=tmp_path / name, size=len(text))
    outcome = start(tmp_path, [target], ScanConfig(sast_timeout_seconds=300)).wait()
    assert outcome.status.ok, outcome.status.error
    [finding] = [f for f in outcome.findings if rule in f.rule_id]
    assert finding.location.start_line == line
    assert snippet in finding.snippet
