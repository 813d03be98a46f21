"""Python's calls that hand a function over to be called later with the arguments after it:
a thread, an executor, an RQ queue (``asyncio.to_thread(directory.lookup, badge)``,
``queue.enqueue(ping, host)``, ``queue.enqueue("crew.gateway.ping", host)``), and a Celery
task queued with its arguments
(``send_notice.delay(text)``). The helper links, the same-file helpers and the call rules all
read them from here."""

from __future__ import annotations

import re
from collections.abc import Mapping

# the callers by name, with the position of the function they are handed:
# `loop.run_in_executor(None, parse, body)`, `queue.enqueue_in(delay, ping, host)` at 1
HANDED_TO: Mapping[str, int] = {
    "to_thread": 0,
    "run_in_threadpool": 0,
    "run_sync": 0,
    "submit": 0,
    "enqueue": 0,
    "run_in_executor": 1,
    "enqueue_in": 1,
    "enqueue_at": 1,
}
# the calls that queue a Celery task: `send_notice.apply_async(args=[text])`
QUEUED_BY = frozenset({"delay", "apply_async"})
HANDED_CALL = re.compile(
    rf"\b(?:(?:{'|'.join(n for n, at in HANDED_TO.items() if at == 0)})\s*\("
    # the first argument a name or a simple call: `None`, `timedelta(minutes=5)`
    rf"|(?:{'|'.join(n for n, at in HANDED_TO.items() if at == 1)})"
    r"\s*\(\s*[\w.]+(?:\([^()]*\))?\s*,)"
    r"\s*(?:([A-Za-z_]\w*)\s*\.\s*)?([A-Za-z_]\w*)\s*,"
)
# RQ takes a job's function by its dotted path too: `queue.enqueue("crew.gateway.ping", host)`,
# (module, function); `enqueue_in`/`enqueue_at` take a delay or a time first
ENQUEUED_PATH = re.compile(
    rf"\b(?:{'|'.join(n for n in HANDED_TO if n.startswith('enqueue'))})\s*\(\s*"
    r"(?:[\w.]+(?:\([^()]*\))?\s*,\s*)?"
    r"[\"'](?:\w+\.)*(\w+)\.(\w+)[\"']\s*,"
)
QUEUED_CALL = re.compile(
    r"(?<![\w$])(?:([A-Za-z_]\w*)\s*\.\s*)?([A-Za-z_]\w*)\s*\.\s*"
    rf"(?:{'|'.join(sorted(QUEUED_BY))})\s*\("
)


def handed_functions(text: str) -> set[tuple[str, str]]:
    """(receiver or "", name) of each function ``text`` hands over or queues: a call of it
    that its ``name(`` does not show."""
    return {
        (r or "", n)
        for found in (HANDED_CALL, QUEUED_CALL, ENQUEUED_PATH)
        for r, n in found.findall(text)
    }
