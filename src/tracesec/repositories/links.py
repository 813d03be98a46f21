"""Links to a repository and to a file at a commit on its host (Bitbucket or GitHub).

Built only from the host's configured web base and quoted components — never from a URL a host
sent — so a link cannot point anywhere else. Unknown providers or odd values give no link.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from django.conf import settings

_FULL_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,128}/[A-Za-z0-9_.-]{1,128}$")
_COMMIT = re.compile(r"^[0-9a-f]{7,64}$")


def _web_base(provider: str) -> str:
    bases = {"github": settings.GITHUB_WEB_URL, "bitbucket": settings.BITBUCKET_WEB_URL}
    return str(bases.get(provider, "")).rstrip("/")


def repository_web_url(repository: Any) -> str:
    base = _web_base(str(getattr(repository, "provider", "")))
    full_name = str(getattr(repository, "full_name", ""))
    if not base or not _FULL_NAME.match(full_name):
        return ""
    return f"{base}/{full_name}"


def file_web_url(
    repository: Any, *, path: str, commit: str, start_line: int = 0, end_line: int = 0
) -> str:
    """The file (and lines) at `commit` — the scanned commit, so the line numbers match."""
    root = repository_web_url(repository)
    if not root or not path or not _COMMIT.match(commit or ""):
        return ""
    quoted = quote(path.lstrip("/"))
    if repository.provider == "github":
        url = f"{root}/blob/{commit}/{quoted}"
        if start_line:
            url += f"#L{start_line}"
            if end_line > start_line:
                url += f"-L{end_line}"
        return url
    url = f"{root}/src/{commit}/{quoted}"
    if start_line:
        url += f"#lines-{start_line}"
        if end_line > start_line:
            url += f":{end_line}"
    return url
