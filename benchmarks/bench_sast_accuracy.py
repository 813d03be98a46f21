"""SAST accuracy on public benchmarks: Trace's engine vs plain semgrep CE with the same rules.

Usage::

    uv run python benchmarks/bench_sast_accuracy.py PATH --kind benchmark-python
    uv run python benchmarks/bench_sast_accuracy.py PATH --kind benchmark-java
    uv run python benchmarks/bench_sast_accuracy.py PATH --kind juice-shop

PATH is a checkout of OWASP BenchmarkPython / BenchmarkJava (scored against their
``expectedresults-*.csv``) or of OWASP Juice Shop (scored against its
``// vuln-code-snippet`` markers: ``vuln-line`` lines are positives, the other code lines of
the same snippet are negatives, ``neutral-line`` lines are not counted). Nothing from the
benchmarks is copied into the project; this script only reads the checkout.

Two runs over the same tree: Trace (``tracesec.engines.scan`` with only SAST: our walk,
explicit targets, offline) and plain ``semgrep scan --config <our rules dir>`` with its
defaults. Both outputs are mapped to (rule, path, lines, CWE) and scored the same way.
Per category it prints TPR, FPR and the score TPR-FPR (the OWASP Benchmark "Youden index").
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tracesec.engines.model import Engine, ScanConfig
from tracesec.engines.sast.command import RULES_DIR, semgrep_executable
from tracesec.engines.scan import scan

# Our rules name the precise CWE; the benchmarks score by the parent class they use.
CWE_ALIASES = {338: 330, 95: 94, 916: 328}
SKIP_DIRS = {"node_modules", ".git", "codefixes", "dist", "build"}


@dataclass(frozen=True)
class Hit:
    rule_id: str
    path: str  # relative POSIX path
    start: int
    end: int
    cwes: frozenset[int]


@dataclass
class Counts:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    @property
    def tpr(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def fpr(self) -> float:
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else 0.0


@dataclass
class Truth:
    # category -> list of (unit key, is_vulnerable)
    units: dict[str, list[tuple[object, bool]]] = field(default_factory=lambda: defaultdict(list))


def _cwe_numbers(values: Iterable[str]) -> frozenset[int]:
    out = set()
    for value in values:
        match = re.search(r"CWE-(\d+)", str(value))
        if match:
            number = int(match.group(1))
            out.add(CWE_ALIASES.get(number, number))
    return frozenset(out)


# ------------------------------------------------------------------------------ the two runs


def run_trace(root: Path, timeout: int) -> tuple[list[Hit], float, str]:
    config = ScanConfig(
        engines=(Engine.SAST,),
        sast_timeout_seconds=timeout,
        sast_per_file_timeout_seconds=30,
        sast_jobs=2,
    )
    began = time.monotonic()
    result = scan(root, config)
    seconds = time.monotonic() - began
    hits = [
        Hit(
            f.rule_id,
            f.location.path,
            f.location.start_line,
            f.location.end_line,
            _cwe_numbers(f.cwe),
        )
        for f in result.findings
    ]
    status = next(s for s in result.engines if s.engine is Engine.SAST)
    note = "ok" if status.ok else f"FAILED: {status.error}"
    if status.ok and not status.complete:
        note = f"incomplete ({sum(1 for c in result.coverage if c.engine is Engine.SAST)} files)"
    return hits, seconds, note


def run_plain_semgrep(root: Path, timeout: int) -> tuple[list[Hit], float, str]:
    """semgrep CE as a user would run it: the rules directory, the tree, default options."""
    with tempfile.TemporaryDirectory() as home:
        env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": home,
            "SEMGREP_ENABLE_VERSION_CHECK": "0",
            "SEMGREP_SEND_METRICS": "off",
        }
        argv = [
            semgrep_executable(),
            "scan",
            "--config",
            str(RULES_DIR),
            "--json",
            "--quiet",
            "--metrics=off",
            "--disable-version-check",
            "-j",
            "2",
            ".",
        ]
        began = time.monotonic()
        proc = subprocess.run(
            argv, cwd=root, env=env, capture_output=True, timeout=timeout, check=False
        )
        seconds = time.monotonic() - began
    try:
        document = json.loads(proc.stdout)
    except ValueError:
        return [], seconds, f"FAILED (exit {proc.returncode})"
    ours = _rule_ids()
    hits = []
    for result in document.get("results", []):
        check_id = result["check_id"]
        # a directory config prefixes ids with the path; map back to our id
        rule_id = next((r for r in ours if check_id == r or check_id.endswith("." + r)), check_id)
        metadata = result.get("extra", {}).get("metadata", {}) or {}
        hits.append(
            Hit(
                rule_id,
                Path(os.path.normpath(result["path"])).as_posix(),
                result["start"]["line"],
                result["end"]["line"],
                _cwe_numbers(metadata.get("cwe", [])),
            )
        )
    errors = len(document.get("errors", []))
    return hits, seconds, f"ok ({errors} semgrep errors)"


def _rule_ids() -> list[str]:
    ids = []
    for path in RULES_DIR.rglob("*.yaml"):
        ids.extend(re.findall(r"^\s*- id: (\S+)", path.read_text(), flags=re.MULTILINE))
    return ids


# ------------------------------------------------------------------------------ OWASP Benchmark


def benchmark_truth(root: Path) -> dict[str, tuple[str, bool, int]]:
    """test name -> (category, real vulnerability, CWE) from expectedresults-*.csv."""
    [csv_path] = sorted(root.glob("expectedresults-*.csv"))[-1:]
    truth = {}
    with open(csv_path, newline="") as handle:
        for row in csv.reader(handle):
            if not row or row[0].startswith("#"):
                continue
            name, category, real, cwe = (c.strip() for c in row[:4])
            truth[name] = (category, real.lower() == "true", int(cwe))
    return truth


def score_benchmark(root: Path, hits: Sequence[Hit]) -> dict[str, Counts]:
    truth = benchmark_truth(root)
    flagged: dict[str, set[int]] = defaultdict(set)
    for hit in hits:
        name = Path(hit.path).stem
        if name in truth:
            flagged[name] |= hit.cwes
    counts: dict[str, Counts] = defaultdict(Counts)
    for name, (category, real, cwe) in truth.items():
        detected = cwe in flagged.get(name, set())
        c = counts[category]
        if real and detected:
            c.tp += 1
        elif real:
            c.fn += 1
        elif detected:
            c.fp += 1
        else:
            c.tn += 1
    return dict(counts)


# ------------------------------------------------------------------------------ Juice Shop

_MARK = re.compile(r"vuln-code-snippet\s+(start|end|vuln-line|neutral-line|hide-line)\s*([\w ]*)")


def _challenge_categories(root: Path) -> dict[str, str]:
    """challenge key -> category from data/static/challenges.yml (safe loader, benchmark data)."""
    path = root / "data" / "static" / "challenges.yml"
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return {
        str(e["key"]): str(e.get("category", "Unknown"))
        for e in entries
        if isinstance(e, dict) and "key" in e
    }


def juice_shop_truth(root: Path) -> dict[str, dict[tuple[str, int], bool]]:
    """category -> {(path, line): vulnerable} over the marked code snippets."""
    categories = _challenge_categories(root)
    units: dict[str, dict[tuple[str, int], bool]] = defaultdict(dict)
    for path in _source_files(root):
        rel = path.relative_to(root).as_posix()
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        open_keys: dict[str, int] = {}
        marks: dict[int, tuple[str, set[str]]] = {}
        regions: list[tuple[str, int, int]] = []
        for number, text in enumerate(lines, start=1):
            for kind, keys in _MARK.findall(text):
                names = set(keys.split())
                if kind == "start":
                    for name in names:
                        open_keys[name] = number
                elif kind == "end":
                    for name in names:
                        if name in open_keys:
                            regions.append((name, open_keys.pop(name), number))
                else:
                    marks[number] = (kind, names)
        for name, first, last in regions:
            category = categories.get(name, "Unknown")
            for number in range(first + 1, last):
                text = lines[number - 1].strip()
                if not text or text.startswith("//"):
                    continue
                kind, names = marks.get(number, ("", set()))
                if kind == "neutral-line" and name in names:
                    continue
                vulnerable = kind == "vuln-line" and name in names
                key = (rel, number)
                units[category][key] = units[category].get(key, False) or vulnerable
    return units


def _source_files(root: Path) -> Iterable[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for name in filenames:
            if name.endswith((".ts", ".js")):
                path = Path(dirpath) / name
                if b"vuln-code-snippet" in path.read_bytes():
                    yield path


def score_juice_shop(root: Path, hits: Sequence[Hit]) -> dict[str, Counts]:
    covered: dict[str, set[int]] = defaultdict(set)
    for hit in hits:
        covered[hit.path].update(range(hit.start, hit.end + 1))
    counts: dict[str, Counts] = {}
    for category, units in juice_shop_truth(root).items():
        c = Counts()
        for (path, line), vulnerable in units.items():
            flagged = line in covered.get(path, set())
            if vulnerable and flagged:
                c.tp += 1
            elif vulnerable:
                c.fn += 1
            elif flagged:
                c.fp += 1
            else:
                c.tn += 1
        counts[category] = c
    return counts


# ------------------------------------------------------------------------------ report


def report(
    ours: dict[str, Counts], plain: dict[str, Counts], out: list[str], label: str = ""
) -> None:
    head = (
        f"{'category':<28}{'pos':>5}{'neg':>6} | "
        f"{'Trace TPR':>9}{'FPR':>7}{'score':>7} | {'semgrep TPR':>11}{'FPR':>7}{'score':>7}"
    )
    out.append(head)
    out.append("-" * len(head))
    totals_ours: list[float] = []
    totals_plain: list[float] = []
    for category in sorted(set(ours) | set(plain)):
        a, b = ours.get(category, Counts()), plain.get(category, Counts())
        pos, neg = a.tp + a.fn, a.fp + a.tn
        out.append(
            f"{category:<28}{pos:>5}{neg:>6} | "
            f"{a.tpr:>9.1%}{a.fpr:>7.1%}{a.tpr - a.fpr:>+7.1%} | "
            f"{b.tpr:>11.1%}{b.fpr:>7.1%}{b.tpr - b.fpr:>+7.1%}"
        )
        totals_ours.append(a.tpr - a.fpr)
        totals_plain.append(b.tpr - b.fpr)
    if totals_ours:
        mean_a = sum(totals_ours) / len(totals_ours)
        mean_b = sum(totals_plain) / len(totals_plain)
        out.append("-" * len(head))
        out.append(
            f"{'average score (per category)':<39} | {'':>16}{mean_a:>+7.1%} | "
            f"{'':>18}{mean_b:>+7.1%}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="checkout of the benchmark")
    parser.add_argument(
        "--kind", required=True, choices=["benchmark-python", "benchmark-java", "juice-shop"]
    )
    parser.add_argument("--timeout", type=int, default=1800, help="seconds per run")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument(
        "--findings", type=Path, help="also write Trace's findings (rule, path, lines) as JSON"
    )
    parser.add_argument(
        "--trace-only", action="store_true", help="skip the plain semgrep run (half the time)"
    )
    args = parser.parse_args(argv)
    root = args.path.resolve()
    if not root.is_dir():
        print(f"error: {root} is not a directory", file=sys.stderr)
        return 2

    ours_hits, ours_s, ours_note = run_trace(root, args.timeout)
    if args.trace_only:
        plain_hits, plain_s, plain_note = [], 0.0, "not run (--trace-only)"
    else:
        plain_hits, plain_s, plain_note = run_plain_semgrep(root, args.timeout)
    scorer = score_juice_shop if args.kind == "juice-shop" else score_benchmark
    ours, plain = scorer(root, ours_hits), scorer(root, plain_hits)

    lines = [
        f"SAST accuracy on {args.kind} ({root.name})",
        f"Trace:   {len(ours_hits):>5} findings in {ours_s:6.1f} s  [{ours_note}]",
        f"semgrep: {len(plain_hits):>5} findings in {plain_s:6.1f} s  [{plain_note}]",
        "",
    ]
    # with --trace-only the semgrep columns would be zeros, so Trace's fill both
    report(ours, ours if args.trace_only else plain, lines)
    print("\n".join(lines))
    if args.json:
        payload = {
            "kind": args.kind,
            "trace": {k: vars(v) for k, v in ours.items()},
            "semgrep": {k: vars(v) for k, v in plain.items()},
            "seconds": {"trace": ours_s, "semgrep": plain_s},
        }
        args.json.write_text(json.dumps(payload, indent=2))
    if args.findings:
        rows = [
            {"rule": h.rule_id, "path": h.path, "start": h.start, "end": h.end}
            for h in sorted(ours_hits, key=lambda h: (h.path, h.start, h.rule_id))
        ]
        args.findings.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
