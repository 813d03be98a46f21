"""Diagnostics executed by the RQ worker on the site gateway."""
import subprocess
import time

from turbinary.services.diagnostics import parse_ping_summary


def run_connectivity_check(host: str, requested_by: str) -> dict:
    started = time.monotonic()
    proc = subprocess.run(f"ping -c 4 -W 2 {host}", shell=True, capture_output=True, text=True)  # VULN cmdi
    return {
        "host": host,
        "requested_by": requested_by,
        "elapsed_s": round(time.monotonic() - started, 2),
        "ok": proc.returncode == 0,
        **parse_ping_summary(proc.stdout),
    }
