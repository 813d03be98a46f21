import logging

import jwt
from django.conf import settings
from django.http import JsonResponse

from services.auth_tokens import TokenError, carrier_claims_from_header

log = logging.getLogger(__name__)


class PartnerCorsMiddleware:
    """CORS for the partner TMS API and the embeddable tracking widget (first-party apps use django-cors-headers)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        origin = request.headers.get("Origin")
        if origin and request.path.startswith("/api/partner/") and origin in settings.PARTNER_ORIGINS:
            response["Access-Control-Allow-Origin"] = origin  # SAFE cors
            response["Access-Control-Allow-Credentials"] = "true"
            response["Vary"] = "Origin"
        elif origin and request.path.startswith("/widget/"):
            response["Access-Control-Allow-Origin"] = origin  # VULN cors
            response["Access-Control-Allow-Credentials"] = "true"
            response["Vary"] = "Origin"
        return response


class CarrierTokenMiddleware:
    """Attaches verified carrier-portal claims to requests under /api/carrier/."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.carrier_claims = None
        if request.path.startswith("/api/carrier/"):
            try:
                request.carrier_claims = carrier_claims_from_header(request.headers.get("Authorization"))
            except (TokenError, jwt.PyJWTError) as exc:
                log.info("rejected carrier token: %s", exc)
            if request.carrier_claims is None:
                return JsonResponse({"detail": "authentication required"}, status=401)
        return self.get_response(request)
