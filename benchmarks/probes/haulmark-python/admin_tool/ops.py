import os
import shlex
import subprocess


def probe(host, port):
    with os.popen(f"nc -z -v -w 3 {host} {port} 2>&1") as pipe:  # VULN cmdi
        output = pipe.read()
    return {"host": host, "port": port, "reachable": "succeeded" in output or "open" in output, "raw": output.strip()}


def disk_usage(volume):
    proc = subprocess.run(f"du -sh -- {shlex.quote(volume)}", shell=True, capture_output=True, text=True, timeout=30)  # SAFE cmdi
    size = proc.stdout.split("\t", 1)[0] if proc.returncode == 0 else None
    return {"volume": volume, "size": size, "error": proc.stderr.strip() or None}
