"""FastAPI dependencies: sessions, identities and common filters."""
from functools import lru_cache
from typing import Iterator

from fastapi import Depends, Header, HTTPException, Query
from jose import JWTError
from jose import jwt as jose_jwt
from sqlalchemy.orm import Session

from turbinary.config import settings
from turbinary.db import SessionLocal
from turbinary.repositories.parts_repo import PartFilter


def db_session() -> Iterator[Session]:
    with SessionLocal() as session, session.begin():
        yield session


def bearer_token(authorization: str = Header(...)) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(401, "bearer token required")
    return token


def current_supervisor(token: str = Depends(bearer_token)) -> dict:
    try:
        claims = jose_jwt.get_unverified_claims(token)  # VULN jwt
    except JWTError:
        raise HTTPException(401, "malformed token")
    if claims.get("role") not in {"supervisor", "admin"}:
        raise HTTPException(403, "supervisor role required")
    return claims


@lru_cache(maxsize=1)
def _partner_keys() -> dict[str, str]:
    return {pem.stem: pem.read_text() for pem in settings.partner_key_dir.glob("*.pem")}


def partner_identity(x_partner_token: str = Header(...)) -> dict:
    try:
        kid = jose_jwt.get_unverified_header(x_partner_token).get("kid")  # SAFE jwt
        key = _partner_keys().get(kid or "")
        if key is None:
            raise HTTPException(401, "unknown signing key")
        return jose_jwt.decode(x_partner_token, key, algorithms=["RS256"], audience="turbinary-api")
    except JWTError:
        raise HTTPException(401, "invalid partner token")


def part_filter(q: str = Query("", max_length=80), warehouse: str = Query("ESB-MAIN"), in_stock: bool = Query(False)) -> PartFilter:
    return PartFilter(text=q.strip(), warehouse=warehouse, in_stock_only=in_stock)
