"""Handler inputs: what a request or message handler receives, whatever its framework.

The rule packs model request data per framework (`request.args` for Flask, `@QueryParam` for
JAX-RS, ...), and a framework no rule names reads no request data at all: the thirteenth
hold-out set (Falcon, Helidon, Beego, FastEndpoints, Nette, socket.io, ...) scored exactly what
it scored before a session of framework audits. What handlers share across frameworks is
modelled here once per pack, in ``inputs/<pack>.yaml``: a value read from a request-like object
by a literal name (`req.get_param("q")`, `ctx.query("q")`, `c.GetString("q")`), the parameters
of a route-registered or annotated handler, and a broker message's payload.

A taint rule takes them into its ``pattern-sources`` by saying so in its metadata
(``trace-handler-inputs: true``): the rules that read the request do, the rules whose sources
are something else (a literal key, a random number) do not. The scan's rules and the rule tests
both load a rule file through ``command.file_rules``, which calls ``with_handler_inputs``, so a
rule test exercises what a scan runs.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from tracesec.engines.sast.rule_yaml import load_rules_yaml

INPUTS_DIR = Path(__file__).resolve().parent / "inputs"
# the metadata key by which a rule takes its pack's handler inputs
OPT_IN = "trace-handler-inputs"


def with_handler_inputs(rules: Iterable[Mapping[str, Any]], pack: str) -> list[dict[str, Any]]:
    """``rules`` with the pack's handler inputs added to the sources of each rule that opts in
    (new dicts and lists: rules of one YAML file share their source lists through anchors)."""
    added = pack_inputs(pack)
    out: list[dict[str, Any]] = []
    for rule in rules:
        if added and (rule.get("metadata") or {}).get(OPT_IN) is True:
            rule = {**rule, "pattern-sources": [*rule.get("pattern-sources", []), *added]}
        out.append(dict(rule))
    return out


def pack_inputs(pack: str) -> list[Any]:
    """The handler-input sources of ``pack`` (none when the pack has no inputs file)."""
    path = INPUTS_DIR / f"{pack}.yaml"
    if not path.is_file():
        return []
    return list(_read(path, path.stat().st_mtime_ns))


def digest() -> bytes:
    """The inputs files' names and content, for the rules' digest (a cache key)."""
    h = hashlib.sha256()
    for path in sorted(INPUTS_DIR.glob("*.yaml")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.digest()


@functools.lru_cache(maxsize=16)
def _read(path: Path, mtime_ns: int) -> tuple[Any, ...]:
    """The file's ``sources`` list; ``mtime_ns`` keys the memo, so an edit is re-read."""
    document = load_rules_yaml(path.read_text(encoding="utf-8")) or {}
    sources = document.get("sources")
    if not isinstance(sources, list) or not sources:
        raise ValueError(f"{path.name}: expected a non-empty list under `sources`")
    return tuple(sources)
