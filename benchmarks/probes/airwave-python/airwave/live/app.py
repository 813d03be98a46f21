"""aiohttp application factory for the live API."""
from __future__ import annotations

import logging

from aiohttp import web

from airwave.db import async_pool, close_async_pool
from airwave.live.handlers import routes
from airwave.live.middleware import auth_middleware, cors_middleware


async def _startup(app: web.Application) -> None:
    await async_pool()


async def _cleanup(app: web.Application) -> None:
    await close_async_pool()


def create_app() -> web.Application:
    app = web.Application(middlewares=[cors_middleware, auth_middleware], client_max_size=8 * 1024 * 1024)
    app.add_routes(routes)
    app.on_startup.append(_startup)
    app.on_cleanup.append(_cleanup)
    return app


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    web.run_app(create_app(), host="0.0.0.0", port=8891)


if __name__ == "__main__":
    main()
