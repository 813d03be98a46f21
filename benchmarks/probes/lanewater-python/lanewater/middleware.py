"""Async Django middleware for the public API."""
from asgiref.sync import markcoroutinefunction

from lanewater import conf
from lanewater.db import init_orm


class OrmBootstrapMiddleware:
    async_capable = True
    sync_capable = False

    def __init__(self, get_response):
        self.get_response = get_response
        markcoroutinefunction(self)

    async def __call__(self, request):
        await init_orm()
        return await self.get_response(request)


class PublicCorsMiddleware:
    """Allows the city's own web sites to call the API with the member's session cookie."""

    async_capable = True
    sync_capable = False
    allowed_methods = "GET, POST, PUT, PATCH, DELETE, OPTIONS"

    def __init__(self, get_response):
        self.get_response = get_response
        markcoroutinefunction(self)

    async def __call__(self, request):
        response = await self.get_response(request)
        origin = request.headers.get("Origin")
        if origin and origin in conf.PUBLIC_CORS_ORIGINS:
            response["Access-Control-Allow-Origin"] = origin  # SAFE cors
            response["Access-Control-Allow-Credentials"] = "true"
            response["Access-Control-Allow-Methods"] = self.allowed_methods
            response["Vary"] = "Origin"
        return response
