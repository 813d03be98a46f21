"""CORS handling for the API and the embeddable widgets."""
from blacksheep import Request, Response

from brightwell.config import settings

ALLOWED_METHODS = b"GET, POST, PUT, DELETE, OPTIONS"
ALLOWED_HEADERS = b"Authorization, Content-Type, X-Partner-Token"


def _preflight() -> Response:
    response = Response(204)
    response.set_header(b"Access-Control-Allow-Methods", ALLOWED_METHODS)
    response.set_header(b"Access-Control-Allow-Headers", ALLOWED_HEADERS)
    response.set_header(b"Access-Control-Max-Age", b"600")
    return response


async def cors_middleware(request: Request, handler):
    origin = request.get_first_header(b"Origin")
    if request.method == "OPTIONS" and origin:
        response = _preflight()
    else:
        response = await handler(request)
    if not origin:
        return response
    path = request.url.path
    if path.startswith(b"/embed/"):
        # widgets are embedded on member co-ops' own websites
        response.set_header(b"Access-Control-Allow-Origin", origin)  # VULN cors
        response.set_header(b"Access-Control-Allow-Credentials", b"true")
    elif origin.decode("latin-1") in settings.allowed_api_origins:
        response.set_header(b"Access-Control-Allow-Origin", origin)  # SAFE cors
        response.set_header(b"Access-Control-Allow-Credentials", b"true")
    response.set_header(b"Vary", b"Origin")
    return response
