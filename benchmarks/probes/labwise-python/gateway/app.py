"""Instrument gateway: receives analyser readings and serves the bench dashboard.

Run with ``python -m gateway.app``.
"""
import asyncio
import hashlib
import hmac
import logging
import time

import aiohttp
from aiohttp import web
from pymongo import MongoClient

from .config import GatewayConfig
from .handlers import routes
from .lis_client import InstrumentStatusClient, LisClient
from .mongo_logs import InstrumentLogStore

logger = logging.getLogger("gateway")

SESSION_COOKIE = "lw_gw_session"
PUBLIC_PATHS = {"/health"}


def verify_session_cookie(value: str, key: bytes) -> str | None:
    """Cookie issued by the LIS: '<operator>:<expires>:<hex hmac>'."""
    try:
        operator, expires, signature = value.rsplit(":", 2)
        expires_at = int(expires)
    except ValueError:
        return None
    expected = hmac.new(key, f"{operator}:{expires}".encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature) or expires_at < time.time():
        return None
    return operator


def _apply_cors(request: web.Request, response) -> None:
    # The bench dashboard is embedded in the LIS and in vendor service consoles.
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin  # VULN cors
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-Instrument-Token"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Vary"] = "Origin"


@web.middleware
async def cors_middleware(request: web.Request, handler):
    if request.method == "OPTIONS":
        response = web.Response(status=204)
    else:
        try:
            response = await handler(request)
        except web.HTTPException as exc:
            _apply_cors(request, exc)
            raise
    _apply_cors(request, response)
    return response


@web.middleware
async def auth_middleware(request: web.Request, handler):
    if request.method == "OPTIONS" or request.path in PUBLIC_PATHS:
        return await handler(request)
    config: GatewayConfig = request.app["config"]
    token = request.headers.get("X-Instrument-Token")
    if token:
        instrument_id = config.instrument_tokens.get(token)
        if instrument_id is None:
            raise web.HTTPUnauthorized(reason="unknown instrument token")
        request["role"] = "instrument"
        request["instrument_id"] = instrument_id
        return await handler(request)
    cookie = request.cookies.get(SESSION_COOKIE)
    operator = verify_session_cookie(cookie, config.session_key) if cookie else None
    if operator is None:
        raise web.HTTPUnauthorized(reason="login required")
    request["role"] = "operator"
    request["operator"] = operator
    return await handler(request)


async def _on_startup(app: web.Application) -> None:
    config: GatewayConfig = app["config"]
    app["mongo"] = MongoClient(config.mongo_uri, serverSelectionTimeoutMS=5000, tz_aware=True)
    store = InstrumentLogStore(app["mongo"], config.mongo_db)
    await asyncio.to_thread(store.ensure_indexes)
    app["log_store"] = store
    app["http"] = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15))
    app["lis_client"] = LisClient(app["http"], config.lis_ingest_url, config.lis_token)
    app["status_client"] = InstrumentStatusClient(app["http"], config.instrument_hosts)
    logger.info("gateway started with %d instruments", len(config.instrument_hosts))


async def _on_cleanup(app: web.Application) -> None:
    await app["http"].close()
    app["mongo"].close()


def create_app(config: GatewayConfig | None = None) -> web.Application:
    app = web.Application(middlewares=[cors_middleware, auth_middleware], client_max_size=2 * 1024 * 1024)
    app["config"] = config or GatewayConfig.from_env()
    app.add_routes(routes)
    app.on_startup.append(_on_startup)
    app.on_cleanup.append(_on_cleanup)
    return app


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    config = GatewayConfig.from_env()
    web.run_app(create_app(config), host=config.listen_host, port=config.listen_port)


if __name__ == "__main__":
    main()
