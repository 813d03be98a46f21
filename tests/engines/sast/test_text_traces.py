"""Taint traces: semgrep CE prints them only in its text report; Trace reads their lines from
it and cuts each step's code from the file (``engines/sast/text_traces.py``)."""

# ruff: noqa: RUF001 - semgrep's report uses these marks
from __future__ import annotations

from pathlib import Path

from tracesec.engines.model import ScanConfig, TargetFile
from tracesec.engines.sast import start
from tracesec.engines.sast.text_traces import attach_traces, parse_text_traces

CMD_RULE = "trace.python.command-injection.tainted-shell-command"

FLOW = (
    "import subprocess\n"
    "from flask import request\n"
    "\n"
    "\n"
    "def archive():\n"
    '    name = request.args["name"]\n'
    '    command = "tar czf /tmp/" + name\n'
    "    subprocess.run(command, shell=True)\n"
)

# semgrep 1.185's text report for two files, a second match of the same rule after the
# separator, and a finding without a trace (a pattern rule)
REPORT = """\
┌──────────────────┐
│ 3 Code Findings │
└──────────────────┘

    app/a.py
   ❯❯❱ rule.taint
          ❰❰ Blocking ❱❱
          A message that is long enough
          to wrap onto a second line.

            6┆ os.system(y)


          Taint comes from:

            4┆ x = request.args.get("a")


          Taint flows through these intermediate variables:

            4┆ x = request.args.get("a")

            5┆ y = "ls " + x


                This is how taint reaches the sink:

            6┆ os.system(y)


            ⋮┆----------------------------------------
            9┆ os.system(request.args.get("b"))


          Taint comes from:

            9┆ os.system(request.args.get("b"))


                This is how taint reaches the sink:

            9┆ os.system(request.args.get("b"))

  \x1b[36m\x1b[22m\x1b[24m  lib/b.py\x1b[0m
   ❯❱ rule.pattern
          no trace here

            3┆ eval(x)
"""


def test_the_report_gives_each_traced_match_its_step_lines() -> None:
    traces = parse_text_traces(REPORT)
    assert traces == {
        ("app/a.py", "rule.taint", 6): {"source": [4], "step": [4, 5], "sink": [6]},
        ("app/a.py", "rule.taint", 9): {"source": [9], "sink": [9]},
    }


def test_unreadable_reports_give_no_steps() -> None:
    for text in ["", "garbage\n\x00\n", "    only/a/path.py\n", "   ❯❱ rule\n  4┆ x\n"]:
        assert parse_text_traces(text) == {}


def test_steps_attach_to_the_matching_json_result_only() -> None:
    document = {
        "results": [
            {"check_id": "rule.taint", "path": "app/a.py", "start": {"line": 6}, "extra": {}},
            {"check_id": "rule.other", "path": "app/a.py", "start": {"line": 6}, "extra": {}},
        ]
    }
    assert attach_traces(document, parse_text_traces(REPORT)) == 1
    traced, other = document["results"]
    assert traced["extra"]["dataflow_trace"]["intermediate_vars"][1]["location"]["start"] == {
        "line": 5
    }
    assert "dataflow_trace" not in other["extra"]


def test_a_real_scan_reports_source_steps_and_sink_with_the_files_code(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(FLOW)
    target = TargetFile(path="app.py", abspath=tmp_path / "app.py", size=len(FLOW))
    outcome = start(tmp_path, [target], ScanConfig(sast_timeout_seconds=300)).wait()
    [finding] = [f for f in outcome.findings if f.rule_id == CMD_RULE]
    steps = finding.extra["dataflow"]
    assert steps[0] == {
        "kind": "source",
        "path": "app.py",
        "line": 6,
        "code": 'name = request.args["name"]',
    }
    assert (steps[-1]["kind"], steps[-1]["line"]) == ("sink", 8)
    assert any(s["kind"] == "step" and s["line"] == 7 for s in steps)
    assert not list(tmp_path.glob("**/traces.txt"))


# The first file's last match ends in its sink section; the next file's traced match must be
# keyed under that next file (it was once read as the first file's).
TWO_TRACED_FILES = """\
    app/views.py
   ❯❯❱ rule.taint
          A message.

           30┆ cur.execute(q)


          Taint comes from:

           29┆ q = request.args["q"]


                This is how taint reaches the sink:

           30┆ cur.execute(q)

    src/Orders.java
   ❯❯❱ rule.taint
          A message.

           11┆ st.executeQuery(sql);


          Taint comes from:

            9┆ String sql = request.getParameter("q");


                This is how taint reaches the sink:

           11┆ st.executeQuery(sql);
"""


def test_a_traced_match_in_the_next_file_is_keyed_under_that_file() -> None:
    traces = parse_text_traces(TWO_TRACED_FILES)
    assert traces == {
        ("app/views.py", "rule.taint", 30): {"source": [29], "sink": [30]},
        ("src/Orders.java", "rule.taint", 11): {"source": [9], "sink": [11]},
    }
