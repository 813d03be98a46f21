"""Station operations feed service."""
import os

import aiohttp
from aiohttp import web
from motor.motor_asyncio import AsyncIOMotorClient

from opsfeed import handlers

ALLOWED_ORIGINS = frozenset(
    origin.strip()
    for origin in os.environ.get(
        "OPSFEED_ALLOWED_ORIGINS", "https://ops.crewline.example,https://crewline.example"
    ).split(",")
    if origin.strip()
)


@web.middleware
async def cors_middleware(request: web.Request, handler) -> web.StreamResponse:
    preflight = {"Access-Control-Allow-Methods": "GET, POST", "Access-Control-Allow-Headers": "Content-Type, X-Crew-Id"}
    response = web.Response(status=204, headers=preflight) if request.method == "OPTIONS" else await handler(request)
    origin = request.headers.get("Origin")
    if origin and origin in ALLOWED_ORIGINS:
        response.headers["Access-Control-Allow-Origin"] = origin  # SAFE cors
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Vary"] = "Origin"
    return response


async def _on_startup(app: web.Application) -> None:
    app["http"] = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
    app["db"] = AsyncIOMotorClient(os.environ.get("OPSFEED_MONGO_URL", "mongodb://localhost:27017"))["opsfeed"]


async def _on_cleanup(app: web.Application) -> None:
    await app["http"].close()


def build_app() -> web.Application:
    app = web.Application(middlewares=[cors_middleware], client_max_size=256 * 1024)
    app.router.add_get("/stations/{station}/crew", handlers.crew_on_station)
    app.router.add_post("/stations/{station}/late-reports/search", handlers.search_late_reports)
    app.router.add_get("/weather", handlers.weather_proxy)
    app.router.add_post("/notices", handlers.post_notice)
    app.router.add_get("/handoff", handlers.handoff)
    app.on_startup.append(_on_startup)
    app.on_cleanup.append(_on_cleanup)
    return app


if __name__ == "__main__":
    web.run_app(build_app(), host="0.0.0.0", port=int(os.environ.get("OPSFEED_PORT", "8081")))
