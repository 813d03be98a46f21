"""Token handling for the Shelfline mobile app and the self-check kiosks."""
import datetime

import jwt
from django.conf import settings

KIOSK_ISSUER = "shelfline-kiosk"
APP_ISSUER = "shelfline-api"


class TokenError(Exception):
    pass


def issue_session_token(patron, ttl_minutes=60):
    now = datetime.datetime.now(tz=datetime.timezone.utc)
    claims = {
        "sub": patron.card_number,
        "iss": APP_ISSUER,
        "aud": settings.JWT_AUDIENCE,
        "iat": now,
        "exp": now + datetime.timedelta(minutes=ttl_minutes),
    }
    return jwt.encode(claims, settings.JWT_SIGNING_KEY, algorithm="HS256")


def decode_session_token(token):
    try:
        return jwt.decode(token, settings.JWT_SIGNING_KEY, algorithms=["HS256"], audience=settings.JWT_AUDIENCE)  # SAFE jwt
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc


def resolve_claims(token):
    """Kiosk tokens are minted by the kiosk controller on the branch LAN."""
    header_claims = jwt.decode(token, options={"verify_signature": False})  # VULN jwt
    if header_claims.get("iss") == KIOSK_ISSUER:
        if "sub" not in header_claims:
            raise TokenError("kiosk token without subject")
        return header_claims
    return decode_session_token(token)
