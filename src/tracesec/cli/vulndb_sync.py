"""Download OSV ``<ECOSYSTEM>/all.zip`` exports and import them into the local index.

Lives in the CLI, not in the engines: the engines never touch the network. Downloads are
conditional (``If-None-Match`` / ``If-Modified-Since`` from the previous import of the same
URL), streamed to a temporary file with a size cap, and imported with the index's atomic
swap, so a failed or partial download never replaces a working index.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx

from tracesec.engines.sca import osvstore

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://osv-vulnerabilities.storage.googleapis.com"
DEFAULT_ECOSYSTEMS = ("PyPI", "npm", "Go", "crates.io", "Maven", "RubyGems", "Packagist", "NuGet")
MAX_DOWNLOAD_BYTES = 4 * 1024 * 1024 * 1024
DEFAULT_TIMEOUT = httpx.Timeout(connect=15.0, read=120.0, write=30.0, pool=15.0)


class SyncError(Exception):
    pass


@dataclass(frozen=True, slots=True)
class SyncResult:
    ecosystem: str
    url: str
    status: str  # "updated" | "unchanged"
    records: int = 0
    changed: osvstore.ChangedAdvisories = field(default_factory=dict)


def export_url(base_url: str, ecosystem: str) -> str:
    return f"{base_url.rstrip('/')}/{quote(ecosystem, safe='')}/all.zip"


def _previous(index_dir: Path, source: str, url: str) -> osvstore.SourceInfo | None:
    path = index_dir / f"{source}{osvstore.SUFFIX}"
    if not path.is_file():
        return None
    try:
        info = osvstore.read_info(path)
    except osvstore.OsvIndexError:
        return None
    return info if info.origin == url else None


def sync_ecosystem(
    client: httpx.Client, base_url: str, ecosystem: str, index_dir: Path, *, force: bool = False
) -> SyncResult:
    source = osvstore.check_source_name(ecosystem)
    url = export_url(base_url, ecosystem)
    headers = {}
    previous = None if force else _previous(index_dir, source, url)
    if previous is not None:
        if previous.etag:
            headers["If-None-Match"] = previous.etag
        if previous.last_modified:
            headers["If-Modified-Since"] = previous.last_modified
    index_dir.mkdir(parents=True, exist_ok=True)
    tmp = index_dir / f".download-{source}-{os.getpid()}.zip"
    try:
        with client.stream("GET", url, headers=headers) as response:
            if response.status_code == 304:
                return SyncResult(ecosystem=ecosystem, url=url, status="unchanged")
            if response.status_code != 200:
                raise SyncError(f"{url}: HTTP {response.status_code}")
            size = 0
            with tmp.open("wb") as handle:
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > MAX_DOWNLOAD_BYTES:
                        raise SyncError(f"{url}: larger than {MAX_DOWNLOAD_BYTES} bytes")
                    handle.write(chunk)
            etag = response.headers.get("ETag", "")
            last_modified = response.headers.get("Last-Modified", "")
        stats = osvstore.build_index(
            tmp, index_dir, source, origin=url, etag=etag, last_modified=last_modified
        )
    except httpx.HTTPError as exc:
        raise SyncError(f"{url}: {type(exc).__name__}: {exc}") from exc
    except osvstore.OsvIndexError as exc:
        raise SyncError(f"{url}: {exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)
    logger.info("osv.sync.updated ecosystem=%s records=%d", ecosystem, stats.records)
    return SyncResult(
        ecosystem=ecosystem,
        url=url,
        status="updated",
        records=stats.records,
        changed=stats.changed,
    )
