"""Bearer token handling for the Flask portal."""
import time
from datetime import datetime, timedelta, timezone
from functools import wraps

import jwt
from flask import abort, g, request

from turbinary.config import settings


def issue_token(username: str, role: str, hours: int = 10) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": username, "role": role, "iat": now, "exp": now + timedelta(hours=hours)}
    return jwt.encode(claims, settings.jwt_secret, algorithm="HS256")


def _bearer_token() -> str:
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        abort(401)
    return header.removeprefix("Bearer ")


def technician_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        try:
            claims = jwt.decode(_bearer_token(), options={"verify_signature": False})  # VULN jwt
        except jwt.PyJWTError:
            abort(401)
        if claims.get("exp", 0) < time.time():
            abort(401)
        g.username, g.role = claims["sub"], claims.get("role", "technician")
        return view(*args, **kwargs)

    return wrapper


def supervisor_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        try:
            claims = jwt.decode(_bearer_token(), settings.jwt_secret, algorithms=["HS256"], options={"require": ["exp", "sub"]})  # SAFE jwt
        except jwt.PyJWTError:
            abort(401)
        if claims.get("role") not in {"supervisor", "admin"}:
            abort(403)
        g.username, g.role = claims["sub"], claims["role"]
        return view(*args, **kwargs)

    return wrapper
