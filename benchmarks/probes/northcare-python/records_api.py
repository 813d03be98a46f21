"""Clinician records service (FastAPI)."""
import base64
import os
import pickle

import httpx
import jwt
from defusedxml import ElementTree as DefusedET
from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse
from lxml import etree
from pydantic import BaseModel
from pymongo import MongoClient
from sqlalchemy import create_engine, text

from clinic_utils import archive_letter, fetch_partner_lab, load_shift_template

app = FastAPI(title="records")
engine = create_engine(os.environ["RECORDS_DSN"], pool_pre_ping=True)
mongo = MongoClient(os.environ.get("MONGO_URL", "mongodb://localhost:27017"))
devices = mongo["clinic"]["paired_devices"]


class LabLink(BaseModel):
    result_url: str


class WebhookRegistration(BaseModel):
    callback_url: str
    event: str


class DeviceLogin(BaseModel):
    serial: str
    pairing_code: str


def current_claims(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ").strip()
    return jwt.decode(token, options={"verify_signature": False})  # VULN jwt


@app.get("/patients/search")
def patient_search(q: str, ward: str = "", claims: dict = Depends(current_claims)):
    with engine.connect() as conn:
        stmt = text("SELECT id, full_name, mrn FROM patients WHERE full_name LIKE '%" + q + "%' AND ward = :ward")
        rows = conn.execute(stmt, {"ward": ward}).mappings().all()  # VULN sqli
    return [dict(r) for r in rows]


@app.get("/patients/by-mrn/{mrn}")
def patient_by_mrn(mrn: str):
    with engine.connect() as conn:
        row = conn.execute(text("SELECT id, full_name FROM patients WHERE mrn = :mrn"), {"mrn": mrn}).mappings().first()  # SAFE sqli
    return dict(row) if row else JSONResponse({"detail": "not found"}, status_code=404)


@app.post("/labs/import")
def import_lab(link: LabLink):
    return fetch_partner_lab(link.result_url)


@app.post("/webhooks/ping")
async def ping_webhook(reg: WebhookRegistration):
    async with httpx.AsyncClient(timeout=4) as client:
        resp = await client.post(reg.callback_url, json={"event": reg.event, "ping": True})  # VULN ssrf
    return {"status": resp.status_code}


@app.post("/worklist/restore")
async def restore_worklist(request: Request):
    payload = await request.body()
    state = pickle.loads(base64.b64decode(payload))  # VULN deserialization
    return {"restored": len(state)}


@app.post("/rota/template")
async def upload_rota(request: Request):
    rota = load_shift_template((await request.body()).decode("utf-8"))
    return {"shifts": len(rota or [])}


@app.post("/hl7/cda")
async def import_cda(request: Request):
    raw = await request.body()
    parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
    doc = etree.fromstring(raw, parser)  # VULN xxe
    return {"root": doc.tag}


@app.post("/hl7/summary")
async def import_summary(request: Request):
    doc = DefusedET.fromstring(await request.body())  # SAFE xxe
    return {"root": doc.tag, "children": len(list(doc))}


@app.post("/devices/login")
async def device_login(request: Request):
    body = await request.json()
    device = devices.find_one({"serial": body.get("serial"), "pairing_code": body.get("pairing_code")})  # VULN nosql
    if not device:
        raise HTTPException(status_code=401)
    return {"device": str(device["_id"])}


@app.post("/devices/pair")
def device_pair(login: DeviceLogin):
    device = devices.find_one({"serial": str(login.serial), "pairing_code": str(login.pairing_code)})  # SAFE nosql
    if not device:
        raise HTTPException(status_code=401)
    return {"device": str(device["_id"])}


@app.post("/letters/{letter_id}/archive")
def archive(letter_id: str):
    archive_letter(letter_id)
    return {"archived": letter_id}
