"""Bearer tokens and API keys for EHR integrations calling /api/portal/."""
import time
import uuid

import jwt
from django.conf import settings
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.exceptions import AuthenticationFailed

from core.security import api_key_digest
from orders.models import Physician

AUDIENCE = "labwise-portal"
ISSUER = "https://labwise.example/portal"


def issue_tokens(physician: Physician) -> dict:
    now = int(time.time())
    claims = {
        "sub": str(physician.pk),
        "npi": physician.npi,
        "aud": AUDIENCE,
        "iss": ISSUER,
        "iat": now,
        "exp": now + settings.PORTAL_JWT_TTL_SECONDS,
        "jti": uuid.uuid4().hex,
    }
    token = jwt.encode(claims, settings.PORTAL_JWT_KEY, algorithm="HS256")
    return {"access": token, "token_type": "Bearer", "expires_in": settings.PORTAL_JWT_TTL_SECONDS}


def decode_access_token(token: str) -> dict:
    try:
        return jwt.decode(token, settings.PORTAL_JWT_KEY, algorithms=["HS256"], audience=AUDIENCE, issuer=ISSUER, options={"require": ["exp", "sub", "iat"]})  # SAFE jwt
    except jwt.ExpiredSignatureError:
        raise AuthenticationFailed("Token expired.")
    except jwt.InvalidTokenError:
        raise AuthenticationFailed("Invalid token.")


def subject_from_expired(token: str) -> str:
    """Refresh flow: recently expired access tokens can be exchanged for a new one."""
    claims = jwt.decode(token, options={"verify_signature": False, "verify_exp": False})  # VULN jwt
    issued_at = int(claims.get("iat", 0))
    if time.time() - issued_at > settings.PORTAL_REFRESH_WINDOW_SECONDS:
        raise AuthenticationFailed("Refresh window elapsed, sign in again.")
    if claims.get("aud") != AUDIENCE:
        raise AuthenticationFailed("Token was not issued for the portal.")
    return str(claims["sub"])


class PortalTokenAuthentication(BaseAuthentication):
    keyword = b"bearer"

    def authenticate(self, request):
        api_key = request.headers.get("X-Api-Key")
        if api_key:
            return self._authenticate_api_key(api_key)

        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() != self.keyword:
            return None
        if len(parts) != 2:
            raise AuthenticationFailed("Malformed Authorization header.")
        claims = decode_access_token(parts[1].decode("ascii", errors="ignore"))
        try:
            physician = Physician.objects.select_related("user").get(pk=int(claims["sub"]))
        except (Physician.DoesNotExist, ValueError):
            raise AuthenticationFailed("Unknown subject.")
        return physician.user, claims

    def _authenticate_api_key(self, api_key: str):
        try:
            physician = Physician.objects.select_related("user").get(api_key_digest=api_key_digest(api_key))
        except Physician.DoesNotExist:
            raise AuthenticationFailed("Invalid API key.")
        return physician.user, None

    def authenticate_header(self, request):
        return 'Bearer realm="labwise-portal"'
