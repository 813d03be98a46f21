"""SCA grouping on the demo workspace: advisory rows -> one decision per package.

Builds every demo repository from its fixture history (as the emulator does), imports the
advisories bundled for the demo into a temporary index, scans each checkout with the SCA
engine and prints, per repository and in total, how many advisory findings there are and how
many package decisions they collapse into, then each decision with its context.

    uv run python benchmarks/bench_sca_grouping.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from trace_emulator import gitstore, seed
from tracesec.engines.model import Engine, ScanConfig
from tracesec.engines.sca import demo_bundle, osvstore
from tracesec.engines.sca.decisions import decide_findings
from tracesec.engines.scan import scan

DEMO_FIXTURES = seed.FIXTURES / "repos" / "demo"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        osvstore.build_index(demo_bundle.demo_bundle_path(), root / "osv", "demo")
        total_rows = total_decisions = 0
        print("| repository | advisory findings | package decisions |")
        print("|---|---|---|")
        lines: list[str] = []
        for fixture in sorted(p for p in DEMO_FIXTURES.iterdir() if (p / "history.yaml").is_file()):
            git_dir = root / "git" / f"{fixture.name}.git"
            gitstore.init_bare(git_dir)
            seed.build_fixture(git_dir, fixture)
            tree = root / "trees" / fixture.name
            subprocess.run(
                ["git", "clone", "--quiet", str(git_dir), str(tree)],
                check=True,
                capture_output=True,
            )
            result = scan(tree, ScanConfig(engines=(Engine.SCA,), osv_db=root / "osv"))
            decisions = decide_findings(result.findings)
            total_rows += len(result.findings)
            total_decisions += len(decisions)
            print(f"| {fixture.name} | {len(result.findings)} | {len(decisions)} |")
            for d in decisions:
                context = f" ({d.context})" if d.context else ""
                lines.append(f"- {fixture.name}: {d.severity.value}: {d.advice}{context}")
        print(f"| **total** | **{total_rows}** | **{total_decisions}** |")
        print()
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
