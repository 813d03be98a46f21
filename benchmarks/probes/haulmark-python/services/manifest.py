import asyncio
from pathlib import Path

from django.conf import settings


class ManifestError(RuntimeError):
    pass


async def _run(cmd, timeout=90):
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)  # VULN cmdi
    try:
        _, stderr = await asyncio.wait_for(proc.communicate(), timeout=timeout)
    except asyncio.TimeoutError:
        proc.kill()
        raise ManifestError("manifestgen timed out")
    return proc.returncode, stderr.decode(errors="replace")


def render_manifest(load_ref, fmt):
    out = Path(settings.MANIFEST_DIR) / f"{load_ref}.{fmt}"
    code, stderr = asyncio.run(_run(f"manifestgen --load {load_ref} --format {fmt} --out {out}"))
    if code != 0:
        raise ManifestError(stderr.strip() or f"manifestgen exited with {code}")
    return out
