"""Where the emulated GitHub is mounted: web and git under `/github`, the REST API under
`/github/api/v3` (GitHub Enterprise Server's layout, so one base URL configures a client), the
control plane under `/_emu/github`."""

from __future__ import annotations

from starlette.routing import BaseRoute, Mount

from trace_emulator.github.control import GitHubControl
from trace_emulator.github.git import GitHubGit
from trace_emulator.github.rest import RestApi
from trace_emulator.github.service import GitHubService
from trace_emulator.github.web import GitHubWeb


def routes(gh: GitHubService) -> list[BaseRoute]:
    return [
        Mount("/github/api/v3", routes=RestApi(gh).routes()),
        Mount("/_emu/github", routes=GitHubControl(gh).routes()),
        Mount("/github", routes=[*GitHubWeb(gh).routes(), *GitHubGit(gh).routes()]),
    ]
