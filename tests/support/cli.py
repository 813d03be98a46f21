"""Running `trace` commands in-process, as the CLI tests do."""

from __future__ import annotations

import io

from tracesec.cli.main import main


def run_scan(*argv: str) -> tuple[int, str, str]:
    """`trace scan ARGV...`: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    code = main(["scan", *argv], out, err)
    return code, out.getvalue(), err.getvalue()
