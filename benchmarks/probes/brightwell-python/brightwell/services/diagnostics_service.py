"""Connectivity checks for the irrigation gateways installed at each site."""
import re
import subprocess

HOSTNAME_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


class DiagnosticsError(Exception):
    pass


def ping_gateway(host: str, count: int = 2) -> str:
    command = f"ping -c {int(count)} -W 2 {host}"
    result = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=20)  # VULN cmdi
    return result.stdout + result.stderr


def trace_gateway(host: str) -> str:
    host = host.strip().lower()
    if not HOSTNAME_RE.fullmatch(host):
        raise DiagnosticsError("invalid gateway hostname")
    result = subprocess.run(["traceroute", "-m", "12", "-w", "2", host], capture_output=True, text=True, timeout=60)  # SAFE cmdi
    return result.stdout
