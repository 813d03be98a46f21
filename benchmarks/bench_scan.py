"""Full 3-engine scan vs semgrep alone with the same rules, on the same tree, in one run.

Usage:
    uv run python benchmarks/bench_scan.py [TREE] [--loc 100000] [--rounds 2]

Without TREE a synthetic ~100k-LOC tree (Python, JavaScript, Go, manifests, a few seeded
secrets) is generated in a temp directory. Each round runs, interleaved:

1. ``semgrep`` alone: the bare CLI with Trace's rule packs and the SAST runner's flags on the
   whole tree (what a user would run without Trace);
2. ``trace sast``: Trace's SAST engine only (walk + semgrep runner + parsing);
3. ``trace all``: ``scan()`` with SAST, secrets and SCA (PyPI OSV index built once beforehand).

Prints the medians and the ratio ``trace all / semgrep alone`` (goal <= 1.1x).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from tracesec.engines.model import Engine, ScanConfig
from tracesec.engines.sast import command
from tracesec.engines.scan import scan
from tracesec.engines.secrets.detectors.base import fake

OSV_PYPI = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "osv" / "PyPI"

PY_SAFE = '''

def handler_{n}(request, db):
    """Look up record {n} with a parameterised query."""
    ident = int(request.args.get("id", "0"))
    rows = db.execute("SELECT name, total FROM orders WHERE id = %s", (ident,))
    total = 0
    for name, amount in rows:
        if amount > {n}:
            total += amount
        else:
            total -= 1
    return {{"name": str(ident), "total": total}}
'''
PY_VULN = """

def legacy_{n}(request, password):
    digest = hashlib.md5(password.encode()).hexdigest()
    host = request.args.get("host")
    subprocess.run("nslookup " + host, shell=True)
    return digest
"""
JS_SAFE = """
function render{n}(items, el) {{
  const list = items.filter((x) => x.visible && x.id !== {n});
  let html = "";
  for (const item of list) {{
    html += `<li>${{escapeHtml(item.title)}}</li>`;
  }}
  el.textContent = html.length > 0 ? String(list.length) : "none";
  return list.map((x) => x.id * 2);
}}
"""
JS_VULN = """
app.get("/echo{n}", (req, res) => {{
  res.send("<p>" + req.query.q + "</p>");
}});
"""
GO_SAFE = """
func Sum{n}(values []int) int {{
	total := 0
	for _, v := range values {{
		if v > {n} {{
			total += v
		}}
	}}
	return total
}}
"""


def _lines(text: str) -> int:
    return text.count("\n")


def generate(root: Path, loc: int, seed: int = 7) -> dict[str, int]:
    rng = random.Random(seed)
    counts = {"python": 0, "javascript": 0, "go": 0}
    shares = {"python": 0.6, "javascript": 0.3, "go": 0.1}
    for lang, share in shares.items():
        target = int(loc * share)
        file_no = 0
        while counts[lang] < target:
            file_no += 1
            if lang == "python":
                parts = ["import hashlib\nimport subprocess\n"]
                parts += [
                    (PY_VULN if rng.random() < 0.03 else PY_SAFE).format(n=i) for i in range(15)
                ]
                path = root / "app" / f"module_{file_no}.py"
            elif lang == "javascript":
                parts = ['"use strict";\nconst app = require("express")();\n']
                parts += [
                    (JS_VULN if rng.random() < 0.03 else JS_SAFE).format(n=i) for i in range(15)
                ]
                path = root / "web" / f"view_{file_no}.js"
            else:
                parts = ["package calc\n"] + [GO_SAFE.format(n=i) for i in range(20)]
                path = root / "calc" / f"calc_{file_no}.go"
            text = "".join(parts)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
            counts[lang] += _lines(text)
    (root / "requirements.txt").write_text(
        "django==3.2.0\nrequests==2.19.0\nflask==0.12\npyyaml==5.1\njinja2==2.10\n"
        + "".join(f"internal-lib-{i}==1.{i}.0\n" for i in range(200))
    )
    (root / "config").mkdir(exist_ok=True)
    (root / "config" / "ci.env").write_text(
        f"GITHUB_TOKEN={fake('ghp_', 36, seed='bench')}\n"
        f"STRIPE_KEY={fake('sk_live_', 32, seed='bench')}\n"
    )
    return counts


def _timed(func):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = func()
    return time.perf_counter() - started, result


def semgrep_alone(root: Path, config: ScanConfig) -> int:
    # what a user would run: semgrep's CLI, offline, with Trace's rule files
    argv = [
        command.semgrep_executable(),
        "scan",
        "--json",
        "--quiet",
        "--metrics=off",
        "--disable-version-check",
        f"--jobs={command.jobs_for(config)}",
        *(f"--config={path}" for path in command.rule_files()),
    ]
    with tempfile.TemporaryDirectory(prefix="bench-semgrep-home-") as home:
        proc = subprocess.run(
            [*argv, str(root)],
            capture_output=True,
            env=command.clean_env(Path(home)),
            check=False,
        )
    if proc.returncode not in (0, 1):
        raise SystemExit(f"semgrep failed with exit code {proc.returncode}")
    return len(json.loads(proc.stdout)["results"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tree", nargs="?", type=Path)
    parser.add_argument("--loc", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-scan-") as tmp:
        tmp_path = Path(tmp)
        if args.tree:
            root = args.tree.resolve()
        else:
            root = tmp_path / "tree"
            counts = generate(root, args.loc)
            print(f"synthetic tree: {sum(counts.values())} LOC {counts}")
        osv_db = tmp_path / "osv"
        from tracesec.engines.sca import osvstore

        seconds, _ = _timed(lambda: osvstore.build_index(OSV_PYPI / "all.zip", osv_db, "PyPI"))
        print(f"OSV PyPI index built in {seconds:.1f} s (not part of the timings)")
        sast_only = ScanConfig(engines=(Engine.SAST,), osv_db=osv_db)
        everything = ScanConfig(osv_db=osv_db)
        times: dict[str, list[float]] = {"semgrep alone": [], "trace sast": [], "trace all": []}
        for round_no in range(1, args.rounds + 1):
            t, n_semgrep = _timed(lambda: semgrep_alone(root, sast_only))
            times["semgrep alone"].append(t)
            t, sast = _timed(lambda: scan(root, sast_only))
            times["trace sast"].append(t)
            t, full = _timed(lambda: scan(root, everything))
            times["trace all"].append(t)
            by_engine = {s.engine.value: round(s.seconds, 2) for s in full.engines}
            print(
                f"round {round_no}: semgrep {times['semgrep alone'][-1]:.2f} s "
                f"({n_semgrep} results) | trace sast {times['trace sast'][-1]:.2f} s "
                f"({len(sast.findings)} findings) | trace all {times['trace all'][-1]:.2f} s "
                f"({len(full.findings)} findings, engines {by_engine}, errors {list(full.errors)})"
            )
        medians = {name: statistics.median(values) for name, values in times.items()}
        for name, value in medians.items():
            print(f"median {name}: {value:.2f} s")
        ratio = medians["trace all"] / medians["semgrep alone"]
        print(f"ratio trace all / semgrep alone: {ratio:.3f}")
        print(
            f"ratio trace all / trace sast:    {medians['trace all'] / medians['trace sast']:.3f}"
        )


if __name__ == "__main__":
    main()
