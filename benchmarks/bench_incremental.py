"""Cold, cached and diff scans of `trace scan` against a bare `semgrep scan`, paired per round.

Usage:
    uv run python benchmarks/bench_incremental.py [--loc 100000] [--rounds 3] [--changed 0.01]
    uv run python benchmarks/bench_incremental.py --loc 500000 --diff-only --rounds 3
    uv run python benchmarks/bench_incremental.py --history 10000

Every figure is a whole process timed from outside (wall clock, and peak resident memory of
the largest process in its tree from ``wait4``; ``/usr/bin/time -v`` reports the same pair).
The generated tree (benchmarks/bench_scan.py's generator) lives in a temp directory and
is never committed. Each round runs, in order:

1. ``semgrep scan`` with its default jobs and Trace's rule packs on the whole tree;
2. ``trace scan`` cold (empty cache, all three engines);
3. ``trace scan`` again on the unchanged tree (cache warm);
4. ``trace scan`` after changing ``--changed`` of the files (cache warm);
5. ``trace scan --base HEAD~1`` after a 10-file commit (diff scan, cache cold).

``--diff-only`` runs 2 (once) and 5 only: the ≥ 500k-line case. ``--history N`` builds a
repository of N commits and times the history-secrets scan cold and incremental.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scan import OSV_PYPI, generate
from tracesec.engines.sast import command
from tracesec.engines.secrets.detectors.base import fake

GIT = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.invalid"]


def timed(argv: list[str], cwd: Path | None = None) -> tuple[float, float, int]:
    """(wall seconds, peak RSS MB, exit code) of one process and its waited-for children."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - started, usage.ru_maxrss / 1024, proc.returncode


def trace_argv() -> list[str]:
    return [str(Path(sys.executable).parent / "trace"), "scan", "--format", "json", "-o"]


def semgrep_argv() -> list[str]:
    # offline, as Trace runs it: without these semgrep waits on the network for a version check
    argv = [command.semgrep_executable(), "scan", "--json", "--quiet", "--metrics=off"]
    argv.append("--disable-version-check")
    return argv + [f"--config={rule}" for rule in command.rule_files()] + ["."]


def git(root: Path, *args: str) -> None:
    subprocess.run([*GIT, "-C", str(root), *args], check=True, capture_output=True)


def change_files(root: Path, share: float, salt: str) -> list[Path]:
    files = sorted(p for p in root.rglob("*.py") if ".git" not in p.parts)
    count = max(1, int(len(files) * share)) if share < 1 else int(share)
    step = max(1, len(files) // count)
    changed = files[::step][:count]
    for path in changed:
        with path.open("a") as handle:
            handle.write(f"\n\ndef changed_{salt}(x):\n    return x + 1\n")
    return changed


def summary(name: str, values: list[float], unit: str = "s") -> str:
    return (
        f"{name}: min {min(values):.2f} median {statistics.median(values):.2f} "
        f"max {max(values):.2f} {unit} (n={len(values)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loc", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--changed", type=float, default=0.01)
    parser.add_argument("--diff-only", action="store_true")
    parser.add_argument("--history", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-incremental-") as tmp:
        work = Path(tmp)
        if args.history:
            history(work, args.history)
            return
        root = work / "tree"
        counts = generate(root, args.loc)
        print(f"tree: {sum(counts.values())} lines {counts}; cores {os.cpu_count()}")
        git(root, "init", "-q", "-b", "main")
        git(root, "add", "-A")
        git(root, "commit", "-q", "-m", "base")
        osv = work / "osv"
        from tracesec.engines.sca import osvstore

        osvstore.build_index(OSV_PYPI / "all.zip", osv, "PyPI")
        cache = work / "cache"
        out = str(work / "out.json")
        base = [*trace_argv(), out, "--osv-db", str(osv), "--fail-on", "none", "--timeout", "7200"]
        rows: dict[str, list[float]] = {}
        peaks: dict[str, list[float]] = {}

        def record(name: str, argv: list[str], cwd: Path | None = None) -> float:
            seconds, peak, code = timed(argv, cwd)
            if code not in (0, 1):
                raise SystemExit(f"{name} failed with exit code {code}")
            rows.setdefault(name, []).append(seconds)
            peaks.setdefault(name, []).append(peak)
            print(f"  {name}: {seconds:.2f} s, peak {peak:.0f} MB", flush=True)
            return seconds

        for round_no in range(1, args.rounds + 1):
            print(f"round {round_no}", flush=True)
            if not args.diff_only or round_no == 1:
                if not args.diff_only:
                    record("semgrep scan (default jobs)", semgrep_argv(), cwd=root)
                shutil.rmtree(cache, ignore_errors=True)
                record("trace scan cold", [*base, "--cache-dir", str(cache), str(root)])
            if not args.diff_only:
                record("trace scan unchanged", [*base, "--cache-dir", str(cache), str(root)])
                change_files(root, args.changed, f"r{round_no}")
                record(
                    f"trace scan {args.changed:.0%} changed",
                    [*base, "--cache-dir", str(cache), str(root)],
                )
                git(root, "add", "-A")
                git(root, "commit", "-q", "-m", f"round {round_no}")
            change_files(root, 10, f"d{round_no}")
            git(root, "add", "-A")
            git(root, "commit", "-q", "-m", f"ten files {round_no}")
            record(
                "trace scan --base HEAD~1 (10 files)",
                [*base, "--no-cache", "--base", "HEAD~1", str(root)],
            )
        print("summary:")
        for name, values in rows.items():
            print("  " + summary(name, values) + " | " + summary("peak", peaks[name], "MB"))
        cold = statistics.median(rows["trace scan cold"])
        for name, values in rows.items():
            print(f"  ratio {name} / trace cold: {statistics.median(values) / cold:.3f}")
        if "semgrep scan (default jobs)" in rows:
            semgrep = statistics.median(rows["semgrep scan (default jobs)"])
            print(f"  ratio trace cold / semgrep: {cold / semgrep:.3f}")


def history(work: Path, commits: int) -> None:
    """A repository of ``commits`` commits (fast-import), scanned cold then incrementally."""
    root = work / "repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    stream = []
    for i in range(commits):
        token = fake("ghp_", 36, seed=str(i))
        body = f"value_{i} = {i}\n" + (f'TOKEN_{i} = "{token}"\n' if i % 1000 == 0 else "")
        data = body.encode()
        stream.append(
            f"commit refs/heads/main\ncommitter b <b@example.invalid> {1700000000 + i} +0000\n"
            f"data 3\nc{i % 10}\n" + f"M 644 inline src/file_{i % 200}.py\ndata {len(data)}\n"
        )
        stream.append(body + "\n")
    subprocess.run(
        ["git", "-C", str(root), "fast-import", "--quiet"],
        input="".join(stream).encode(),
        check=True,
    )
    git(root, "checkout", "-q", "main")
    data_dir = work / "data"
    env_argv = [*trace_argv(), str(work / "out.json"), "--engines", "secrets", "--history"]
    os.environ["TRACE_DATA_DIR"] = str(data_dir)  # where trace remembers the last commit
    cold, _peak, _ = timed([*env_argv, str(root)])
    print(f"history cold ({commits} commits): {cold:.2f} s", flush=True)
    incremental = []
    for i in range(3):
        (root / "src" / "new.py").write_text(f"x = {i}\n")
        git(root, "add", "-A")
        git(root, "commit", "-q", "-m", f"new {i}")
        seconds, _peak, _ = timed([*env_argv, str(root)])
        incremental.append(seconds)
    print(summary("history incremental (1 new commit)", incremental))


if __name__ == "__main__":
    main()
