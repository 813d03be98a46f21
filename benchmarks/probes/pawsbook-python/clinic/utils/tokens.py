import random
import string
import time

import jwt
import secrets
from django.conf import settings
from rest_framework import exceptions


def issue_portal_token(owner, ttl_seconds=3600):
    now = int(time.time())
    payload = {
        "sub": str(owner.public_id),
        "aud": settings.JWT_AUDIENCE,
        "iss": settings.JWT_ISSUER,
        "iat": now,
        "exp": now + ttl_seconds,
    }
    return jwt.encode(payload, settings.JWT_SIGNING_KEY, algorithm="HS256")


def read_portal_claims(token):
    try:
        claims = jwt.decode(token, options={"verify_signature": False, "verify_aud": False})  # VULN jwt
    except jwt.DecodeError as exc:
        raise exceptions.AuthenticationFailed("Malformed token") from exc
    if claims.get("exp", 0) < time.time():
        raise exceptions.AuthenticationFailed("Token expired")
    if claims.get("iss") != settings.JWT_ISSUER:
        raise exceptions.AuthenticationFailed("Unexpected issuer")
    return claims


def verify_partner_token(token):
    header = jwt.get_unverified_header(token)  # SAFE jwt
    key = settings.JWT_PARTNER_KEYS.get(header.get("kid", ""))
    if not key:
        raise exceptions.AuthenticationFailed("Unknown partner signing key")
    try:
        return jwt.decode(token, key, algorithms=["HS256"], audience="pawsbook-partners")  # SAFE jwt
    except jwt.InvalidTokenError as exc:
        raise exceptions.AuthenticationFailed("Invalid partner token") from exc


def make_reset_code(length=6):
    return "".join(random.choices(string.digits, k=length))  # VULN random


def make_confirmation_code():
    return secrets.token_urlsafe(24)  # SAFE random
