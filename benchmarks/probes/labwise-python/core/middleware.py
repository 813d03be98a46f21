import logging
import uuid

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

logger = logging.getLogger(__name__)


class RequestIdMiddleware:
    """Tags every request with an id that is echoed back and put into the logs."""

    header = "X-Request-ID"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get(self.header, "")
        try:
            request_id = str(uuid.UUID(incoming))
        except ValueError:
            request_id = str(uuid.uuid4())
        request.request_id = request_id
        response = self.get_response(request)
        response[self.header] = request_id
        return response


class PortalCorsMiddleware:
    """CORS for the physician portal SPA and the EHR embeds that call /api/portal/."""

    api_prefix = "/api/portal/"

    def __init__(self, get_response):
        self.get_response = get_response
        self.allowed_origins = {o.rstrip("/").lower() for o in settings.PORTAL_ALLOWED_ORIGINS}

    def _is_preflight(self, request):
        return request.method == "OPTIONS" and "access-control-request-method" in request.headers

    def __call__(self, request):
        if request.path.startswith(self.api_prefix) and self._is_preflight(request):
            response = HttpResponse(status=204)
        else:
            response = self.get_response(request)

        origin = request.headers.get("Origin")
        if not origin or not request.path.startswith(self.api_prefix):
            return response

        if origin.rstrip("/").lower() in self.allowed_origins:
            response["Access-Control-Allow-Origin"] = origin  # SAFE cors
            response["Access-Control-Allow-Credentials"] = "true"
            response["Access-Control-Allow-Headers"] = "Authorization, Content-Type, X-CSRFToken"
            response["Access-Control-Allow-Methods"] = "GET, POST, PATCH, OPTIONS"
            response["Access-Control-Max-Age"] = "600"
        else:
            logger.info("portal CORS request from unlisted origin %s", origin)
        patch_vary_headers(response, ("Origin",))
        return response
