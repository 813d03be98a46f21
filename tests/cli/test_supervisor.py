"""The process supervisor behind `trace serve/worker/demo`, with real child processes: the
ready hook runs once when every service answers; a service that dies or never answers stops the
rest with a clear message and its last lines."""

from __future__ import annotations

import io
import re
import sys

from tracesec.cli.supervisor import ProcessSpec, ServiceLog, Supervisor


def _python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def test_on_ready_runs_once_when_every_service_answers() -> None:
    calls = {"checks": 0, "ready": 0}

    def answers_on_third_ask() -> bool:
        calls["checks"] += 1
        return calls["checks"] >= 3

    def ready() -> None:
        calls["ready"] += 1

    sink, out = io.StringIO(), io.StringIO()
    spec = ProcessSpec(
        "svc",
        _python("import time; print('up', flush=True); time.sleep(2)"),
        ready=answers_on_third_ask,
    )
    code = Supervisor([spec], out=out, log=ServiceLog(sink), on_ready=ready, grace_seconds=5).run()
    assert calls == {"checks": 3, "ready": 1}
    assert code == 1  # it then exited on its own, which stops everything
    assert "svc exited with code 0; stopping the rest" in out.getvalue()
    logged = sink.getvalue().splitlines()
    # one format for every line: "HH:MM:SS name | what it said"
    assert re.fullmatch(r"\d\d:\d\d:\d\d svc +\| started \(pid \d+\)", logged[0])
    assert re.fullmatch(r"\d\d:\d\d:\d\d svc +\| up", logged[1])


def test_a_service_dying_before_it_answers_shows_its_last_lines() -> None:
    readies: list[int] = []
    out = io.StringIO()
    spec = ProcessSpec(
        "web",
        _python("import sys; print('port 8000 is taken', flush=True); sys.exit(3)"),
        ready=lambda: False,
    )
    log = ServiceLog(io.StringIO())
    code = Supervisor([spec], out=out, log=log, on_ready=lambda: readies.append(1)).run()
    assert code == 3
    assert readies == []
    text = out.getvalue()
    assert "web exited with code 3; stopping the rest" in text
    assert text.split("last lines from web:\n", 1)[1].endswith("  port 8000 is taken\n")


def test_a_service_that_never_answers_stops_everything() -> None:
    out = io.StringIO()
    spec = ProcessSpec("worker", _python("import time; time.sleep(60)"), ready=lambda: False)
    supervisor = Supervisor(
        [spec], out=out, log=ServiceLog(io.StringIO()), ready_timeout=1, grace_seconds=5
    )
    assert supervisor.run() == 1
    assert "worker did not answer in 1 s" in out.getvalue()
    assert supervisor.children["worker"].poll() is not None  # stopped, not left behind
