"""Network diagnostics towards turbine controllers and substation gear."""
import re
import shlex
import subprocess

_PING_SUMMARY = re.compile(r"(\d+) packets transmitted, (\d+) (?:packets )?received")


def traceroute(host: str, max_hops: int = 12) -> str:
    proc = subprocess.run(f"traceroute -n -m {int(max_hops)} -w 2 -- {shlex.quote(host)}", shell=True, capture_output=True, text=True, timeout=90)  # SAFE cmdi
    return proc.stdout if proc.returncode == 0 else proc.stderr.strip()


def parse_ping_summary(output: str) -> dict:
    match = _PING_SUMMARY.search(output)
    return {"transmitted": int(match.group(1)), "received": int(match.group(2))} if match else {}
