"""Pyramid tweens."""
from __future__ import annotations

from airwave.settings import get_settings

CORS_PATH_PREFIXES = ("/shows/", "/archive/recent", "/schedule/")


def cors_tween_factory(handler, registry):
    allowed = get_settings().cors_origins

    def cors_tween(request):
        response = handler(request)
        origin = request.headers.get("Origin", "")
        if not request.path.startswith(CORS_PATH_PREFIXES) or origin.lower() not in allowed:
            return response
        response.headers["Access-Control-Allow-Origin"] = origin  # SAFE cors
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Vary"] = "Origin"
        return response

    return cors_tween
