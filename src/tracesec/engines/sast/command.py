"""How semgrep is invoked: binary, rule files, argv, environment and resource limits.

Scans run semgrep-core, the engine inside semgrep, directly, not semgrep's Python CLI: the CLI
only plans targets, checks rules and reshapes semgrep-core's JSON, and starting it costs about
2.3 s of CPU (importing ~1,000 Python modules) before semgrep-core reads a file, several times
per scan. semgrep-core starts in about 0.15 s and gives the same results, with the taint traces
the CLI's JSON leaves out (core_output.py). The target list is ours (core_targets.py).

The scanned tree is hostile, so semgrep-core is told to obey nothing in it: it reads only the
listed targets (no ``.semgrepignore``, no ``.gitignore``, no git at all), ``nosem`` comments
are not honoured (it marks such findings ``is_ignored``, which Trace does not read: triage
lives in Trace), and rules come only from our packs. It runs offline with a scrubbed
environment and a throw-away ``HOME``.
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
import json
import os
import resource
import shutil
import signal
import sys
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from tracesec.engines.cores import usable_cores
from tracesec.engines.model import ScanConfig
from tracesec.engines.sast import handler_inputs
from tracesec.engines.sast.rule_yaml import load_rules_yaml

RULES_DIR = Path(__file__).resolve().parent / "rules"

# Our rule-pack directory per file suffix; only packs with matching targets are loaded.
SUFFIX_PACKS: dict[str, str] = {
    ".py": "python",
    ".pyw": "python",
    ".js": "javascript",
    ".jsx": "javascript",
    ".mjs": "javascript",
    ".cjs": "javascript",
    ".ts": "javascript",
    ".tsx": "javascript",
    ".mts": "javascript",
    ".cts": "javascript",
    ".java": "java",
    ".go": "go",
    ".cs": "csharp",
    ".cshtml": "csharp",
    ".razor": "csharp",
    ".php": "php",
    ".twig": "php",  # Twig templates: the PHP pack's regex rule for |raw output
    # Templates: regex rules for unescaped output (the packs' rules filter by file name).
    ".html": "templates",
    ".htm": "templates",
    ".jinja": "templates",
    ".jinja2": "templates",
    ".j2": "templates",
    ".djhtml": "templates",
    ".vue": "templates",
    ".ejs": "templates",
    ".hbs": "templates",
    ".handlebars": "templates",
    ".mustache": "templates",
    ".njk": "templates",
    ".jsp": "templates",
    ".jspx": "templates",
    ".jspf": "templates",
    ".tag": "templates",
    ".ftl": "templates",
    ".ftlh": "templates",
    ".ftlx": "templates",
    ".svelte": "templates",
    ".astro": "templates",
    ".eta": "templates",
    ".pt": "templates",
}

RULE_SUFFIXES = (".yaml", ".yml")


def pack_for(path: str) -> str | None:
    return SUFFIX_PACKS.get(os.path.splitext(path)[1].lower())


def rule_files(packs: Sequence[str] | None = None, root: Path | None = None) -> list[Path]:
    """Rule YAML files of the given packs (all packs when None), sorted for stable digests;
    ``root`` is another directory of packs laid out like ``RULES_DIR`` (rule tests)."""
    files: list[Path] = []
    for pack_dir in sorted(p for p in (root or RULES_DIR).iterdir() if p.is_dir()):
        if packs is not None and pack_dir.name not in packs:
            continue
        files.extend(sorted(p for p in pack_dir.rglob("*") if p.suffix in RULE_SUFFIXES))
    return files


def rules_digest(packs: Sequence[str] | None = None) -> str:
    """A short digest of the rule files' names and content: which rules produced a result."""
    h = hashlib.sha256()
    for path in rule_files(packs):
        h.update(path.relative_to(RULES_DIR).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    h.update(handler_inputs.digest())
    return h.hexdigest()[:12]


def bundled_rules(packs: Sequence[str]) -> list[dict[str, Any]]:
    """The packs' rules, as semgrep-core is given them (a fresh copy); the YAML files are read
    once per process, with libyaml."""
    rules: list[dict[str, Any]] = json.loads(
        _bundle_text(tuple(sorted(packs)), rules_digest(packs))
    )["rules"]
    return rules


@functools.lru_cache(maxsize=32)
def _bundle_text(packs: tuple[str, ...], digest: str) -> str:
    """JSON of the packs' rules; ``digest`` keys the memo, so an edited rule file is re-read."""
    rules: list[object] = []
    for path in rule_files(packs):
        rules.extend(file_rules(path))
    return json.dumps({"rules": rules}, ensure_ascii=False)


def file_rules(path: Path) -> list[dict[str, Any]]:
    """The rules of one rule file as semgrep-core runs them: with the handler inputs of its
    pack (the directory it is in) added to the rules that take them."""
    rules = load_rules_yaml(path.read_text(encoding="utf-8"))["rules"]
    return handler_inputs.with_handler_inputs(rules, path.parent.name)


def semgrep_executable() -> str:
    """The semgrep CLI installed next to this interpreter (the pinned one), else on PATH: what
    a user would run, for the benchmarks' comparisons; scans and rule tests run semgrep-core."""
    candidate = Path(sys.executable).parent / "semgrep"
    if candidate.is_file() and os.access(candidate, os.X_OK):
        return str(candidate)
    found = shutil.which("semgrep")
    if found is None:
        raise FileNotFoundError("semgrep is not installed")
    return found


def _installed(relative: str) -> Path:
    """A file of the installed semgrep package (the pinned one)."""
    try:
        path = Path(str(metadata.distribution("semgrep").locate_file(relative)))
    except metadata.PackageNotFoundError:
        raise FileNotFoundError("semgrep is not installed") from None
    if not path.is_file():
        raise FileNotFoundError(f"semgrep's {relative} is missing")
    return path


def semgrep_core() -> str:
    """The semgrep-core binary of the installed semgrep."""
    path = _installed("semgrep/bin/semgrep-core")
    if not os.access(path, os.X_OK):
        raise FileNotFoundError("semgrep-core is not executable")
    return str(path)


def language_table_path() -> Path:
    """semgrep's table of languages and their file extensions (core_targets.py)."""
    return _installed("semgrep/semgrep_interfaces/lang.json")


def jobs_for(config: ScanConfig) -> int:
    """semgrep's job count: ``config.sast_jobs``, or every usable core when it is 0."""
    return int(config.sast_jobs) if config.sast_jobs > 0 else usable_cores()


def address_space_mb(config: ScanConfig) -> int:
    """semgrep's jobs are threads sharing one heap, so the limit grows with their number."""
    return int(config.sast_memory_mb) * jobs_for(config)


def base_argv(core: str, rules: Path, targets: Path, config: ScanConfig) -> list[str]:
    """semgrep-core's argv for one run: ``rules`` (JSON) over the ``targets`` list."""
    return [
        core,
        "-json_nodots",  # the answer alone; no progress dots before it
        "-rules",
        str(rules),
        "-targets",
        str(targets),
        "-timeout",
        str(max(1, int(config.sast_per_file_timeout_seconds))),
        # A file is given up at its first rule timeout (the CLI's default: the third). The
        # rules after it rarely finish either, and each may run just under the limit: on Juice
        # Shop's vendored three.js that swung the whole scan between 17 and 26 s, for nothing.
        # Coverage reports the file as timed out either way.
        "-timeout_threshold",
        "1",
        "-j",
        str(jobs_for(config)),
        # Per-file memory cap inside semgrep-core (one job works on one file), below the
        # per-job share of the address-space rlimit so one huge file is reported as an error
        # instead of killing the whole run.
        "-max_memory",
        str(max(256, int(config.sast_memory_mb * 0.8))),
        # skip a rule in a file that holds none of the strings the rule needs (the CLI's
        # default); semgrep-core has no size cap of its own: the walk's applies
        "-fast",
    ]


def clean_env(home: Path) -> dict[str, str]:
    """A minimal environment: no tokens, no SEMGREP_* settings, no proxy, a private HOME."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "TMPDIR": str(home),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
    }


def limits_preexec(config: ScanConfig) -> Callable[[], None]:
    """rlimits applied in the child before exec; inherited by semgrep-core."""
    address_space = address_space_mb(config) * 1024 * 1024
    # CPU seconds are counted per process; allow every job to be busy for the whole wall clock.
    cpu = int(config.sast_timeout_seconds) * jobs_for(config) + 30

    def _apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        _die_with_parent()

    return _apply


_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Linux: SIGKILL semgrep when the thread that started it dies (e.g. a worker killed
    mid-scan), instead of leaving it to run until its CPU limit. A no-op elsewhere."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
