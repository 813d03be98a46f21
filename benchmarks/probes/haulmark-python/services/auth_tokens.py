import secrets
import time

import jwt
from django.conf import settings

ISSUER = "haulmark"
SHARE_TOKEN_TTL = 72 * 3600


class TokenError(Exception):
    pass


def _sign(payload):
    kid = settings.JWT_ACTIVE_KID
    return jwt.encode(payload, settings.JWT_SIGNING_KEYS[kid], algorithm="HS256", headers={"kid": kid})


def carrier_claims_from_header(authorization):
    if not authorization or not authorization.startswith("Bearer "):
        return None
    token = authorization[len("Bearer "):].strip()
    key = settings.JWT_SIGNING_KEYS.get(jwt.get_unverified_header(token).get("kid"))
    if not key:
        raise TokenError("unknown signing key")
    return jwt.decode(token, key, algorithms=["HS256"], issuer=ISSUER)  # SAFE jwt


def issue_share_token(load_ref):
    now = int(time.time())
    return _sign({"load": load_ref, "nonce": secrets.token_hex(8), "iat": now, "exp": now + SHARE_TOKEN_TTL})


def read_share_token(token):
    if token.count(".") != 2:
        raise TokenError("malformed share link")
    claims = jwt.decode(token, options={"verify_signature": False})  # VULN jwt
    if claims.get("exp", 0) < time.time() or "load" not in claims:
        raise TokenError("share link expired")
    return claims["load"]
