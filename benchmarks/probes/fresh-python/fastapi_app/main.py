import base64
import ipaddress
import os
import pickle
import subprocess
import urllib.request
from datetime import datetime, timezone
from typing import Optional

import httpx
import jinja2
import jwt
import requests
import yaml
from fastapi import Cookie, Depends, FastAPI, File, Header, HTTPException, Query, Request, UploadFile
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel
from pymongo import MongoClient

from . import auth

app = FastAPI(title="Partner Portal API")
app.add_middleware(CORSMiddleware, allow_origin_regex=r"https?://.*", allow_credentials=True, allow_methods=["*"], allow_headers=["*"])  # VULN cors

_mongo = MongoClient(os.environ.get("PORTAL_MONGO_URL", "mongodb://localhost:27017"))
profiles = _mongo["portal"]["profiles"]
kiosks = _mongo["portal"]["kiosks"]
password_resets = _mongo["portal"]["password_resets"]
partner_keys = _mongo["portal"]["partner_keys"]

PARTNER_STATUS_URL = "https://status.partner-network.example.com/api/v2/summary"
INTERNAL_CA_BUNDLE = "/etc/ssl/certs/partner-network-ca.pem"
GREETING_TEMPLATE = "<p>Welcome back, {{ name }}!</p>"
_greeting_env = jinja2.Environment(autoescape=True)


class LoginRequest(BaseModel):
    username: str
    password: str


class ProfileKeyLookup(BaseModel):
    email: str
    api_key: str


class WebhookPing(BaseModel):
    target_url: str
    event: str = "ping"


class GreetingPreview(BaseModel):
    name: str
    template: Optional[str] = None


class ResetRequest(BaseModel):
    username: str


class KioskCredentials(BaseModel):
    kiosk_id: int
    password: str


class PartnerInvite(BaseModel):
    email: str


def current_user(authorization: str = Header(...)) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="bearer token required")
    try:
        return auth.decode_access_token(token)
    except jwt.InvalidTokenError:
        raise HTTPException(status_code=401, detail="invalid token")


def current_partner(x_partner_token: str = Header(...)) -> dict:
    try:
        return auth.read_partner_claims(x_partner_token)
    except jwt.InvalidTokenError:
        raise HTTPException(status_code=401, detail="invalid partner token")


@app.post("/login")
def login(body: LoginRequest):
    account = auth.find_account_by_username(body.username)
    if account is None or not auth.check_password(body.password, account["password_hash"]):
        raise HTTPException(status_code=401, detail="invalid credentials")
    return {"access_token": auth.issue_access_token(account["id"]), "token_type": "bearer"}


@app.get("/accounts/{account_id}")
def get_account(account_id: int, user: dict = Depends(current_user)):
    account = auth.load_account(account_id)
    if account is None:
        raise HTTPException(status_code=404)
    return account


@app.post("/password/reset", status_code=202)
def request_password_reset(body: ResetRequest):
    code = auth.make_reset_code()
    password_resets.insert_one({"username": body.username, "code": code, "created_at": datetime.now(timezone.utc)})
    return {"status": "sent"}


@app.post("/partners/{partner_id}/keys", status_code=201)
def create_partner_key(partner_id: int, user: dict = Depends(current_user)):
    key = auth.make_api_key()
    partner_keys.insert_one({"partner_id": partner_id, "key": key, "created_by": user["sub"]})
    return {"api_key": key}


@app.post("/partners/{partner_id}/invites", status_code=201)
def invite_partner_user(partner_id: int, body: PartnerInvite, user: dict = Depends(current_user)):
    return {"invite": auth.issue_invite_token(body.email, partner_id)}


@app.put("/kiosks/credentials")
def set_kiosk_password(body: KioskCredentials, user: dict = Depends(current_user)):
    kiosks.update_one({"kiosk_id": body.kiosk_id}, {"$set": {"password_hash": auth.hash_kiosk_password(body.password)}}, upsert=True)
    return {"kiosk_id": body.kiosk_id}


@app.post("/profiles/lookup")
async def lookup_profile(request: Request):
    criteria = await request.json()
    profile = profiles.find_one({"email": criteria.get("email"), "api_key": criteria.get("api_key")}, {"_id": 0, "api_key": 0})  # VULN nosqli
    if profile is None:
        raise HTTPException(status_code=404)
    return profile


@app.post("/profiles/verify")
def verify_profile(body: ProfileKeyLookup):
    profile = profiles.find_one({"email": body.email, "api_key": body.api_key}, {"_id": 0, "api_key": 0})  # SAFE nosqli
    if profile is None:
        raise HTTPException(status_code=404)
    return profile


@app.post("/webhooks/ping")
def ping_webhook(body: WebhookPing, partner: dict = Depends(current_partner)):
    with httpx.Client(verify=False, timeout=5.0) as client:  # VULN insecure-tls
        resp = client.post(body.target_url, json={"event": body.event, "partner": partner["sub"]})  # VULN ssrf
    return {"status": resp.status_code}


@app.get("/feeds/preview")
def preview_feed(url: str = Query(..., min_length=8), user: dict = Depends(current_user)):
    with urllib.request.urlopen(url, timeout=5) as resp:  # VULN ssrf
        head = resp.read(4096)
    return {"content_type": resp.headers.get("Content-Type"), "preview": head.decode("utf-8", "replace")}


@app.get("/partner/status")
def partner_status(user: dict = Depends(current_user)):
    resp = requests.get(PARTNER_STATUS_URL, timeout=5, verify=INTERNAL_CA_BUNDLE)  # SAFE insecure-tls
    resp.raise_for_status()
    return resp.json()


@app.get("/diagnostics/ping")
def ping_host(host: str, partner: dict = Depends(current_partner)):
    exit_code = os.system(f"ping -c 3 -W 2 {host} > /dev/null 2>&1")  # VULN cmdi
    return {"host": host, "reachable": exit_code == 0}


@app.get("/diagnostics/trace")
def trace_host(host: str, user: dict = Depends(current_user)):
    try:
        addr = ipaddress.ip_address(host)
    except ValueError:
        raise HTTPException(status_code=422, detail="host must be an IP address")
    result = subprocess.run(["traceroute", "-n", "-m", "15", str(addr)], capture_output=True, text=True, timeout=60)  # SAFE cmdi
    return {"hops": result.stdout.splitlines()}


@app.get("/preferences")
def read_preferences(prefs: Optional[str] = Cookie(default=None)):
    if not prefs:
        return {"theme": "light", "density": "comfortable"}
    return pickle.loads(base64.b64decode(prefs))  # VULN deserialization


@app.post("/config/import")
async def import_config(file: UploadFile = File(...), user: dict = Depends(current_user)):
    raw = await file.read()
    config = yaml.load(raw, Loader=yaml.Loader)  # VULN deserialization
    return {"keys": sorted(config) if isinstance(config, dict) else []}


@app.post("/config/lint")
async def lint_config(file: UploadFile = File(...)):
    raw = await file.read()
    config = yaml.safe_load(raw)  # SAFE deserialization
    return {"valid": isinstance(config, dict), "keys": sorted(config) if isinstance(config, dict) else []}


@app.post("/greetings/preview", response_class=HTMLResponse)
def preview_greeting(body: GreetingPreview, user: dict = Depends(current_user)):
    if body.template:
        return jinja2.Template(body.template).render(name=body.name)  # VULN ssti
    return _greeting_env.from_string(GREETING_TEMPLATE).render(name=body.name)  # SAFE ssti


@app.get("/search", response_class=HTMLResponse)
def search_page(q: str = ""):
    return HTMLResponse(f"<h2>Results for {q}</h2><div id='results'></div>")  # VULN xss


@app.get("/sso/return")
def sso_return(return_to: str = Query("/")):
    return RedirectResponse(return_to, status_code=303)  # VULN open-redirect
