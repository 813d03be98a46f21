"""SAST on the hand-written probes (benchmarks/probes/README.md): how many `VULN` lines are
reported and how many `SAFE` lines are, by the line each finding starts on.

Usage::

    uv run python benchmarks/bench_probes.py [PROBES_DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from tracesec.engines.model import Engine, ScanConfig
from tracesec.engines.scan import scan

# `# VULN`, `// SAFE`, and in JSX `{/* VULN xss */}`
_MARK = re.compile(r"(?:#|//|/\*) (VULN|SAFE)\b")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent / "probes"
    parser.add_argument("probes", nargs="?", type=Path, default=default)
    args = parser.parse_args()
    vulnerable = found = safe = alarms = 0
    notes: list[str] = []
    for root in sorted(p for p in args.probes.iterdir() if p.is_dir()):
        result = scan(root, ScanConfig(engines=(Engine.SAST,)))
        reported = {(f.location.path, f.location.start_line) for f in result.findings}
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            rel = path.relative_to(root).as_posix()
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            for number, line in enumerate(lines, start=1):
                mark = _MARK.search(line)
                if mark is None:
                    continue
                hit = (rel, number) in reported
                if mark.group(1) == "VULN":
                    vulnerable += 1
                    found += hit
                    if not hit:
                        notes.append(f"missed       {root.name}/{rel}:{number}")
                else:
                    safe += 1
                    alarms += hit
                    if hit:
                        notes.append(f"false alarm  {root.name}/{rel}:{number}")
    print(f"vulnerable lines {vulnerable}, found {found}; safe lines {safe}, reported {alarms}")
    print("\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
