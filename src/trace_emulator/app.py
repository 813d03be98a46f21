"""ASGI application: routes of every component, and the background retry loop."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette

from trace_emulator.control import ControlPlane
from trace_emulator.emulator import Emulator
from trace_emulator.github.http import routes as github_routes
from trace_emulator.ui import BrowserUi


def build_app(emu: Emulator) -> Starlette:
    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        task = asyncio.create_task(emu.forge.retry_loop())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            await emu.forge.aclose()
            await emu.github.aclose()

    routes = [
        *ControlPlane(emu).routes(),
        *emu.bitbucket.routes(),
        *emu.git.routes(),
        *github_routes(emu.github),
        *BrowserUi(emu).routes(),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.emulator = emu
    return app
