"""Cold, cached and diff scans of `trace scan` against a bare `semgrep scan`, paired per round.

Usage:
    uv run python benchmarks/bench_incremental.py [--loc 100000] [--rounds 3] [--changed 0.01]
    uv run python benchmarks/bench_incremental.py --tree PATH --osv npm [--rounds 3]
    uv run python benchmarks/bench_incremental.py --loc 500000 --diff-only --rounds 3
    uv run python benchmarks/bench_incremental.py --history 10000

Every figure is a whole process timed from outside (wall clock, and peak resident memory of
the largest process in its tree from ``wait4``; ``/usr/bin/time -v`` reports the same pair).
The tree is generated (benchmarks/bench_scan.py's generator) or, with ``--tree``, copied from
an existing checkout (e.g. OWASP Juice Shop); it lives in a temp directory and is never
committed. Each round runs, in order:

1. the cold legs, in an order rotated every round so load drifts hit each side alike:
   ``semgrep scan`` with its defaults (default jobs, its built-in ignores) and Trace's rule
   files on the whole tree; ``semgrep scan`` given Trace's SAST targets explicitly (the same
   files, so its built-in ignores do not apply); ``trace scan`` cold (empty cache, all three
   engines); ``trace scan`` cold on a copy without the SAST targets that semgrep's defaults
   skipped (the same files as semgrep's default run);
2. ``trace scan`` again on the unchanged tree (cache warm);
3. ``trace scan`` after changing ``--changed`` of the SAST targets (cache warm);
4. ``trace scan --base HEAD~1`` after a 10-file commit (diff scan, cache cold).

``--diff-only`` runs the trace cold leg (once) and 4 only: the ≥ 500k-line case.
``--history N`` builds a repository of N commits and times the history-secrets scan cold and
incremental. semgrep's and Trace's modules are byte-compiled first, as ``pip install`` leaves
them (``uv sync`` does not), so neither side's start-up includes compiling them.
"""

from __future__ import annotations

import argparse
import compileall
import json
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
from tracesec.engines import targets
from tracesec.engines.model import ScanConfig
from tracesec.engines.sast import command
from tracesec.engines.secrets.detectors.base import fake

COLD_LEGS_SAME_FILES = ("semgrep scan (defaults)", "trace scan cold")
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


def semgrep_argv(out: Path, files: list[str] | None = None) -> list[str]:
    """Bare semgrep with its defaults; ``files`` given explicitly bypass its built-in ignores."""
    # offline, as Trace runs it: without these semgrep waits on the network for a version check
    argv = [command.semgrep_executable(), "scan", "--json", "--quiet", "--metrics=off"]
    argv += ["--disable-version-check", f"--output={out}"]
    argv += [f"--config={rule}" for rule in command.rule_files()]
    return argv + (["--", *files] if files is not None else ["."])


def sast_targets(root: Path) -> list[str]:
    """The files Trace hands semgrep: the walk's files that a rule pack covers."""
    walk = targets.walk(root, ScanConfig())
    return [f.path for f in walk.files if command.pack_for(f.path) is not None]


def scanned_by_semgrep(out: Path) -> set[str]:
    return set(json.loads(out.read_text())["paths"]["scanned"])


def sast_files_scanned(out: Path) -> int:
    engines = json.loads(out.read_text())["engines"]
    return next(int(e["files_scanned"]) for e in engines if e["engine"] == "sast")


def byte_compile() -> None:
    """Compile semgrep's and Trace's modules once, as an installer would."""
    import semgrep

    import tracesec

    for package in (semgrep, tracesec):
        compileall.compile_dir(Path(str(package.__file__)).parent, quiet=1)


def git(root: Path, *args: str) -> None:
    subprocess.run([*GIT, "-C", str(root), *args], check=True, capture_output=True)


_APPENDED = {
    "python": "\n\ndef changed_{salt}(x):\n    return x + 1\n",
    "javascript": "\n\nexport function changed_{salt}(x) {{\n  return x + 1\n}}\n",
    "go": "\n\nfunc changed_{salt}(x int) int {{\n\treturn x + 1\n}}\n",
}


def commit_everything(root: Path) -> None:
    """A repository whose every file is tracked: a tree from ``git archive`` holds only files
    tracked upstream, some of them matched by its own .gitignore (Juice Shop's three.js)."""
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A", "--force")
    git(root, "commit", "-q", "-m", "base")


def change_files(root: Path, share: float, salt: str) -> list[Path]:
    """Append a small function to ``share`` of the SAST targets (or to ``share`` files if >= 1)."""
    files = [root / p for p in sast_targets(root) if command.pack_for(p) in _APPENDED]
    count = max(1, int(len(files) * share)) if share < 1 else int(share)
    step = max(1, len(files) // count)
    changed = files[::step][:count]
    for path in changed:
        with path.open("a") as handle:
            handle.write(_APPENDED[str(command.pack_for(path.name))].format(salt=salt))
    return changed


def summary(name: str, values: list[float], unit: str = "s") -> str:
    return (
        f"{name}: min {min(values):.2f} median {statistics.median(values):.2f} "
        f"max {max(values):.2f} {unit} (n={len(values)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loc", type=int, default=100_000)
    parser.add_argument("--tree", type=Path, help="scan a copy of this tree instead")
    parser.add_argument("--osv", default="PyPI", help="OSV ecosystem of the SCA index")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--changed", type=float, default=0.01)
    parser.add_argument("--diff-only", action="store_true")
    parser.add_argument("--history", type=int, default=0)
    args = parser.parse_args()
    byte_compile()
    with tempfile.TemporaryDirectory(prefix="bench-incremental-") as tmp:
        work = Path(tmp)
        if args.history:
            history(work, args.history)
            return
        root = work / "tree"
        if args.tree:
            shutil.copytree(args.tree, root, ignore=shutil.ignore_patterns(".git"))
            print(f"tree: copy of {args.tree.name}")
        else:
            counts = generate(root, args.loc)
            print(f"tree: {sum(counts.values())} lines {counts}")
        print(f"cores {os.cpu_count()}, load {os.getloadavg()[0]:.1f}")
        commit_everything(root)
        osv = work / "osv"
        from tracesec.engines.sca import osvstore

        osv_zip = OSV_PYPI.parent / args.osv / "all.zip"
        osvstore.build_index(osv_zip, osv, args.osv)
        cache = work / "cache"
        out = work / "out.json"
        base = [*trace_argv(), str(out), "--osv-db", str(osv), "--fail-on", "none"]
        base += ["--timeout", "7200"]
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

        semgrep_out = work / "semgrep.json"
        pruned, pruned_cache = work / "pruned", work / "pruned-cache"
        # (name, argv, working directory, cache emptied before it)
        cold_legs: list[tuple[str, list[str], Path | None, Path | None]] = []
        if not args.diff_only:
            trace_files = sast_targets(root)
            timed(semgrep_argv(semgrep_out), cwd=root)  # warm-up; learns its default file set
            default_set = scanned_by_semgrep(semgrep_out)
            shutil.copytree(root, pruned, ignore=shutil.ignore_patterns(".git"))
            for rel in set(trace_files) - default_set:
                (pruned / rel).unlink()
            commit_everything(pruned)
            print(
                f"SAST files: trace {len(trace_files)}, semgrep defaults {len(default_set)} "
                f"({len(set(trace_files) - default_set)} skipped by its built-in ignores, "
                f"{len(default_set - set(trace_files))} it scans that trace does not)"
            )
            cold_legs = [
                ("semgrep scan (defaults)", semgrep_argv(semgrep_out), root, None),
                ("semgrep scan (trace's files)", semgrep_argv(semgrep_out, trace_files), root,
                 None),
                ("trace scan cold", [*base, "--cache-dir", str(cache), str(root)], None, cache),
                ("trace scan cold (semgrep's default files)",
                 [*base, "--cache-dir", str(pruned_cache), str(pruned)], None, pruned_cache),
            ]  # fmt: skip
            if default_set == set(trace_files):  # the same files: those legs would repeat
                cold_legs = [leg for leg in cold_legs if leg[0] in COLD_LEGS_SAME_FILES]
        for round_no in range(1, args.rounds + 1):
            print(f"round {round_no}, load {os.getloadavg()[0]:.1f}", flush=True)
            if args.diff_only and round_no == 1:
                shutil.rmtree(cache, ignore_errors=True)
                record("trace scan cold", [*base, "--cache-dir", str(cache), str(root)])
            shift = (round_no - 1) % max(1, len(cold_legs))
            for name, argv, cwd, empty in cold_legs[shift:] + cold_legs[:shift]:
                if empty is not None:
                    shutil.rmtree(empty, ignore_errors=True)
                record(name, argv, cwd)
                scanned = (
                    len(scanned_by_semgrep(semgrep_out))
                    if name.startswith("semgrep")
                    else sast_files_scanned(out)
                )
                print(f"    SAST files scanned: {scanned}")
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
        print(f"summary (load {os.getloadavg()[0]:.1f}):")
        for name, values in rows.items():
            print("  " + summary(name, values) + " | " + summary("peak", peaks[name], "MB"))
        cold = statistics.median(rows["trace scan cold"])
        for name, values in rows.items():
            print(f"  ratio {name} / trace cold: {statistics.median(values) / cold:.3f}")
        pairs = [
            ("trace scan cold", "semgrep scan (defaults)"),
            ("trace scan cold", "semgrep scan (trace's files)"),
            ("trace scan cold (semgrep's default files)", "semgrep scan (defaults)"),
        ]
        for a, b in pairs:
            if a in rows and b in rows:
                ratios = [x / y for x, y in zip(rows[a], rows[b], strict=True)]
                print("  " + summary(f"per round {a} / {b}", ratios, "x"))


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
