"""Icecast mount status for the live API."""
from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass

import requests

from airwave.settings import get_settings

ICECAST_CLI = "/usr/local/bin/icecast-cli"
MOUNT_NAME = re.compile(r"[a-z0-9_-]+")


class MountError(ValueError):
    pass


@dataclass
class MountStatus:
    mount: str
    raw: str


async def mount_status(mount: str) -> MountStatus:
    if not MOUNT_NAME.search(mount):
        raise MountError(mount)
    proc = await asyncio.create_subprocess_shell(f"{ICECAST_CLI} status /{mount}", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)  # VULN cmdi
    stdout, _ = await asyncio.wait_for(proc.communicate(), timeout=10)
    return MountStatus(mount, stdout.decode("utf-8", "replace"))


async def listener_count(mount: str) -> int:
    if not MOUNT_NAME.fullmatch(mount):
        raise MountError(mount)
    proc = await asyncio.create_subprocess_exec(ICECAST_CLI, "listeners", f"/{mount}", stdout=asyncio.subprocess.PIPE)  # SAFE cmdi
    stdout, _ = await asyncio.wait_for(proc.communicate(), timeout=10)
    try:
        return int(stdout.strip() or 0)
    except ValueError:
        return 0


def icecast_stats() -> str:
    settings = get_settings()
    resp = requests.get(f"{settings.icecast_admin_url}/stats", timeout=5, verify=settings.ca_bundle)  # SAFE tls
    resp.raise_for_status()
    return resp.text
