"""Partner API used by carriers and EDI brokers to push tracking events and read
shipment status. Runs as a separate ASGI app next to the Django portal:

    uvicorn carrier_api.service:app --port 8081
"""
import logging
import os
import subprocess
from datetime import datetime, timedelta, timezone
from typing import Annotated, Any

import bcrypt
import httpx
import jwt
import psycopg
import yaml
from fastapi import APIRouter, Body, Depends, FastAPI, Header, HTTPException, Query, Request, status
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, Field, HttpUrl
from pymongo import MongoClient
from psycopg.types.json import Jsonb
from pymongo.collection import Collection

logger = logging.getLogger("kestrel.carrier_api")

DATABASE_URL = os.environ.get("KESTREL_DATABASE_URL", "postgresql://kestrel@localhost:5432/kestrel")
MONGO_URL = os.environ.get("KESTREL_MONGO_URL", "mongodb://localhost:27017")
PARTNER_JWT_KEY = os.environ["KESTREL_PARTNER_JWT_KEY"]
PARTNER_JWT_AUDIENCE = "kestrel-partner-api"
TOKEN_TTL = timedelta(hours=int(os.environ.get("KESTREL_PARTNER_TOKEN_HOURS", "8")))
ALLOWED_ORIGINS = ["https://portal.kestrelfreight.com", "https://ops.kestrelfreight.com"]
TRACKING_NO = r"^[A-Z0-9-]{6,30}$"

_mongo = MongoClient(MONGO_URL, tz_aware=True, serverSelectionTimeoutMS=3000)


# --- schemas ----------------------------------------------------------------

class TokenRequest(BaseModel):
    partner_id: str = Field(pattern=r"^[A-Z0-9]{3,12}$")
    client_secret: str = Field(min_length=16)


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class Partner(BaseModel):
    partner_id: str
    scopes: list[str] = []


class TrackingEvent(BaseModel):
    tracking_no: str = Field(pattern=TRACKING_NO)
    status: str = Field(max_length=32)
    location: str = Field(max_length=120)
    occurred_at: datetime


class CallbackRegistration(BaseModel):
    callback_url: HttpUrl
    events: list[str] = ["status_changed"]


class ShipmentStatus(BaseModel):
    reference: str
    status: str
    updated_at: datetime


# --- dependencies -----------------------------------------------------------

def get_db():
    with psycopg.connect(DATABASE_URL, connect_timeout=5) as conn:
        yield conn


def get_events() -> Collection:
    return _mongo["kestrel"]["tracking_events"]


def current_partner(authorization: Annotated[str, Header()]) -> Partner:
    token = authorization.removeprefix("Bearer ").strip()
    try:
        claims = jwt.decode(token, PARTNER_JWT_KEY, algorithms=["HS256"], audience=PARTNER_JWT_AUDIENCE)  # SAFE jwt
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    return Partner(partner_id=claims["sub"], scopes=claims.get("scopes", []))


def legacy_partner(x_kestrel_token: Annotated[str, Header()]) -> Partner:
    # Older handheld gateways still send the v1 token in a custom header.
    try:
        claims = jwt.decode(x_kestrel_token, options={"verify_signature": False})  # VULN jwt
    except jwt.DecodeError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token")
    return Partner(partner_id=claims["sub"], scopes=claims.get("scopes", []))


DB = Annotated[psycopg.Connection, Depends(get_db)]
Events = Annotated[Collection, Depends(get_events)]
CurrentPartner = Annotated[Partner, Depends(current_partner)]
LegacyPartner = Annotated[Partner, Depends(legacy_partner)]

router = APIRouter(prefix="/partner", tags=["partner"])


def _check_partner_secret(db: psycopg.Connection, partner_id: str, client_secret: str) -> None:
    row = db.execute("SELECT secret_hash FROM partner_credentials WHERE partner_id = %s AND active", (partner_id,)).fetchone()  # SAFE sqli
    if row is None or not bcrypt.checkpw(client_secret.encode(), row[0].encode()):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown partner or secret")


# --- auth -------------------------------------------------------------------

@router.post("/v2/token", response_model=TokenResponse)
def issue_token(req: TokenRequest, db: DB) -> TokenResponse:
    _check_partner_secret(db, req.partner_id, req.client_secret)
    now = datetime.now(timezone.utc)
    claims = {"sub": req.partner_id, "aud": PARTNER_JWT_AUDIENCE, "iat": now, "exp": now + TOKEN_TTL, "scopes": ["events:write", "status:read"]}
    token = jwt.encode(claims, PARTNER_JWT_KEY, algorithm="HS256")  # SAFE secret
    return TokenResponse(access_token=token, expires_in=int(TOKEN_TTL.total_seconds()))


@router.post("/v1/token", response_model=TokenResponse, deprecated=True)
def issue_legacy_token(req: TokenRequest, db: DB) -> TokenResponse:
    _check_partner_secret(db, req.partner_id, req.client_secret)
    claims = {"sub": req.partner_id, "scopes": ["events:write"], "exp": datetime.now(timezone.utc) + TOKEN_TTL}
    token = jwt.encode(claims, "kf-handheld-gw-2019", algorithm="HS256")  # VULN secret
    return TokenResponse(access_token=token, expires_in=int(TOKEN_TTL.total_seconds()))


# --- tracking events --------------------------------------------------------

@router.post("/v2/events", status_code=status.HTTP_202_ACCEPTED)
def push_event(event: TrackingEvent, partner: CurrentPartner, events: Events) -> dict:
    if "events:write" not in partner.scopes:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "missing scope events:write")
    doc = event.model_dump() | {"partner_id": partner.partner_id, "received_at": datetime.now(timezone.utc)}
    result = events.insert_one(doc)
    return {"id": str(result.inserted_id)}


@router.get("/v2/events")
def list_events(
    partner: CurrentPartner,
    events: Events,
    tracking_no: Annotated[str, Query(pattern=TRACKING_NO)],
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[dict]:
    cursor = events.find({"tracking_no": tracking_no, "partner_id": partner.partner_id}, {"_id": 0}).limit(limit)  # SAFE nosqli
    return list(cursor)


@router.post("/v1/events/search", deprecated=True)
def search_events_legacy(partner: LegacyPartner, events: Events, criteria: Annotated[dict[str, Any], Body()]) -> list[dict]:
    tracking_no = criteria.get("tracking_no")
    if not tracking_no:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "tracking_no is required")
    cursor = events.find({"tracking_no": tracking_no}, {"_id": 0}).sort("occurred_at", -1).limit(200)  # VULN nosqli
    return list(cursor)


# --- shipment status --------------------------------------------------------

@router.get("/v2/shipments", response_model=list[ShipmentStatus])
def shipments_for_carrier(partner: CurrentPartner, db: DB, state: str = "in_transit") -> list[ShipmentStatus]:
    with db.cursor() as cur:
        cur.execute(  # VULN sqli
            "SELECT s.reference, s.status, s.updated_at FROM portal_shipment s "
            f"JOIN portal_carrier c ON c.id = s.carrier_id WHERE c.code = %s AND s.status = '{state}' "
            "ORDER BY s.updated_at DESC LIMIT 500",
            (partner.partner_id,),
        )
        rows = cur.fetchall()
    return [ShipmentStatus(reference=r[0], status=r[1], updated_at=r[2]) for r in rows]


# --- callbacks & configuration ---------------------------------------------

@router.post("/v2/callbacks", status_code=status.HTTP_201_CREATED)
async def register_callback(reg: CallbackRegistration, partner: CurrentPartner, db: DB) -> dict:
    async with httpx.AsyncClient(timeout=5.0) as client:
        probe = await client.post(str(reg.callback_url), json={"type": "ping", "partner": partner.partner_id})  # VULN ssrf
    if probe.status_code >= 400:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, f"callback answered {probe.status_code}")
    db.execute(
        "INSERT INTO partner_callbacks (partner_id, url, events) VALUES (%s, %s, %s)",
        (partner.partner_id, str(reg.callback_url), reg.events),
    )
    return {"registered": str(reg.callback_url)}


@router.put("/v2/config")
async def upload_carrier_config(request: Request, partner: CurrentPartner, db: DB) -> dict:
    config = yaml.load(await request.body(), Loader=yaml.Loader)  # VULN deser
    if not isinstance(config, dict) or "service_levels" not in config:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "service_levels missing")
    db.execute(
        "UPDATE portal_carrier SET service_levels = %s WHERE code = %s",
        (Jsonb(config["service_levels"]), partner.partner_id),
    )
    return {"service_levels": len(config["service_levels"])}


@router.get("/v2/diagnostics/reachability")
def reachability(partner: CurrentPartner, host: str = Query(max_length=253)) -> dict:
    proc = subprocess.run(f"ping -c 2 -W 2 {host}", shell=True, capture_output=True, text=True, timeout=10)  # VULN cmdi
    logger.info("reachability check by %s for %s rc=%s", partner.partner_id, host, proc.returncode)
    return {"reachable": proc.returncode == 0, "output": proc.stdout[-2000:]}


app = FastAPI(title="Kestrel Freight Partner API", version="2.3.0")
app.add_middleware(  # SAFE cors
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT"],
    allow_headers=["Authorization", "Content-Type"],
)
app.include_router(router)


@app.get("/healthz", include_in_schema=False)
def healthz() -> dict:
    return {"ok": True}
