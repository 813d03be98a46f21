"""Secrets recall and precision on a tree whose credential lines are listed in a manifest.

The manifest (``MANIFEST.tsv`` at the tree's root) has one row per labelled line:
``path<TAB>line<TAB>kind<TAB>expect``, where ``expect`` is ``SECRET`` (a credential that must be
reported) or ``CLEAN`` (a look-alike that must not be: a placeholder, a variable reference, a
checksum). A finding counts on the line it starts on; findings on unlabelled lines are listed
apart, to be judged by hand.

Usage::

    uv run python benchmarks/bench_secrets_manifest.py TREE
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

from tracesec.engines.model import Engine, ScanConfig
from tracesec.engines.scan import scan


def _labels(tree: Path) -> dict[tuple[str, int], tuple[str, str]]:
    labels: dict[tuple[str, int], tuple[str, str]] = {}
    with (tree / "MANIFEST.tsv").open(encoding="utf-8", newline="") as manifest:
        for row in csv.reader(manifest, delimiter="\t"):
            if not row or row[0].startswith("#") or row[0] == "path":
                continue
            path, line, kind, expect = (cell.strip() for cell in row[:4])
            if expect not in ("SECRET", "CLEAN"):
                raise SystemExit(f"MANIFEST.tsv: expect must be SECRET or CLEAN, not {expect!r}")
            labels[(path, int(line))] = (kind, expect)
    return labels


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tree", type=Path)
    args = parser.parse_args()
    labels = _labels(args.tree)
    result = scan(args.tree, ScanConfig(engines=(Engine.SECRETS,)))
    reported: dict[tuple[str, int], str] = {}
    for finding in result.findings:
        reported.setdefault((finding.location.path, finding.location.start_line), finding.rule_id)
    counts: Counter[str] = Counter()
    notes: list[str] = []
    for (path, line), (kind, expect) in sorted(labels.items()):
        hit = (path, line) in reported
        counts[f"{expect} {'reported' if hit else 'silent'}"] += 1
        if expect == "SECRET" and not hit:
            notes.append(f"missed       {path}:{line}  ({kind})")
        elif expect == "CLEAN" and hit:
            notes.append(f"false alarm  {path}:{line}  ({kind}; {reported[(path, line)]})")
    unlabelled = sorted(key for key in reported if key not in labels)
    secrets = counts["SECRET reported"] + counts["SECRET silent"]
    flagged = counts["SECRET reported"] + counts["CLEAN reported"]
    recall = counts["SECRET reported"] / secrets if secrets else 0.0
    precision = counts["SECRET reported"] / flagged if flagged else 1.0
    print(
        f"credential lines {secrets}, reported {counts['SECRET reported']} (recall {recall:.2f}); "
        f"look-alike lines {counts['CLEAN reported'] + counts['CLEAN silent']}, "
        f"reported {counts['CLEAN reported']} (precision {precision:.2f}); "
        f"findings on unlabelled lines {len(unlabelled)}"
    )
    print("\n".join(notes))
    for path, line in unlabelled:
        print(f"unlabelled   {path}:{line}  ({reported[(path, line)]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
