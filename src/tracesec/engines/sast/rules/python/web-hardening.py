# mypy: ignore-errors
import hmac
import os
import shutil
import tarfile
import zipfile

import jwt
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask, request
from flask_cors import CORS

app = Flask(__name__)
api_app = FastAPI()


def unpack(path, target):
    with tarfile.open(path) as tar:
        # ruleid: trace.python.archive-extraction.tar-without-filter
        tar.extractall(target)
    with tarfile.open(path) as tar:
        # ok: trace.python.archive-extraction.tar-without-filter
        tar.extractall(target, filter="data")
    # ruleid: trace.python.archive-extraction.tar-without-filter
    shutil.unpack_archive(path, target)
    # ok: trace.python.archive-extraction.tar-without-filter
    shutil.unpack_archive(path, target, filter="data")


def unzip(path, target):
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            # ruleid: trace.python.archive-extraction.zip-slip
            with open(os.path.join(target, name), "wb") as out:
                out.write(archive.read(name))
        for name in archive.namelist():
            dest = os.path.realpath(os.path.join(target, name))
            if not dest.startswith(os.path.realpath(target) + os.sep):
                continue
            # ok: trace.python.archive-extraction.zip-slip
            with open(dest, "wb") as out:
                out.write(archive.read(name))
        for name in archive.namelist():
            # ok: trace.python.archive-extraction.zip-slip
            with open(os.path.join(target, name + ".txt"), "rb") as existing:
                existing.read()


def unzip_scans(path, target):
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
        if len(members) > 500:
            raise ValueError("too many members")
        for info in members:
            # an extension check leaves `../` in the name
            if info.is_dir() or not info.filename.endswith(".pdf"):
                continue
            dest = os.path.join(target, info.filename)
            # ruleid: trace.python.archive-extraction.zip-slip
            with archive.open(info) as src, open(dest, "wb") as out:
                shutil.copyfileobj(src, out)
        root = os.path.realpath(target)
        for info in members:
            dest = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, dest]) != root:
                raise ValueError("member escapes the destination")
            # ok: trace.python.archive-extraction.zip-slip
            with archive.open(info) as src, open(dest, "wb") as out:
                shutil.copyfileobj(src, out)


# ruleid: trace.python.cors.credentials-any-origin
CORS(app, supports_credentials=True)
# ok: trace.python.cors.credentials-any-origin
CORS(app, origins=["https://app.acme.example"], supports_credentials=True)
# ruleid: trace.python.cors.credentials-any-origin
CORS(app, origins="*", supports_credentials=True)


def fastapi_setup(api):
    # ruleid: trace.python.cors.credentials-any-origin
    api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)
    # ok: trace.python.cors.credentials-any-origin
    api.add_middleware(CORSMiddleware, allow_origins=["https://app.acme.example"], allow_credentials=True)
    # ruleid: trace.python.cors.credentials-any-origin
    api.add_middleware(CORSMiddleware, allow_origin_regex=r"https?://.*", allow_credentials=True)
    # ruleid: trace.python.cors.credentials-any-origin
    api.add_middleware(CORSMiddleware, allow_origin_regex="https://app\\.acme\\.example.*", allow_credentials=True)
    # ok: trace.python.cors.credentials-any-origin
    api.add_middleware(CORSMiddleware, allow_origin_regex=r"https://[a-z0-9-]+\.acme\.example", allow_credentials=True)
    # ok: trace.python.cors.credentials-any-origin
    api.add_middleware(CORSMiddleware, allow_origin_regex=r"https?://.*", allow_credentials=False)


@app.after_request
def partner_cors(response):
    origin = request.headers.get("Origin")
    if origin and request.path.startswith("/api/"):
        # ruleid: trace.python.cors.credentials-any-origin
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


@app.after_request
def partner_cors_listed(response):
    origin = request.headers.get("Origin")
    if origin in PARTNER_ORIGINS:
        # ok: trace.python.cors.credentials-any-origin
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


@app.after_request
def partner_cors_normalised(response):
    origin = request.headers.get("Origin")
    if origin and origin.rstrip("/").lower() in PARTNER_ORIGINS:
        # ok: trace.python.cors.credentials-any-origin
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    if origin and origin.lower().startswith("https://"):
        # ruleid: trace.python.cors.credentials-any-origin
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


class PartnerCorsMiddleware:
    def __call__(self, request):
        response = self.get_response(request)
        origin = request.META.get("HTTP_ORIGIN")
        if origin not in settings.PARTNER_ORIGINS:
            return response
        # ok: trace.python.cors.credentials-any-origin
        response["Access-Control-Allow-Origin"] = origin
        response["Access-Control-Allow-Credentials"] = "true"
        return response


def public_cors(response):
    origin = request.headers.get("Origin")
    # ok: trace.python.cors.credentials-any-origin
    response.headers["Access-Control-Allow-Origin"] = origin
    return response


def django_cors(get_response):
    def middleware(request):
        response = get_response(request)
        # ruleid: trace.python.cors.credentials-any-origin
        response["Access-Control-Allow-Origin"] = request.META.get("HTTP_ORIGIN")
        response["Access-Control-Allow-Credentials"] = "true"
        return response

    return middleware


@app.post("/login")
def login():
    body = request.get_json()
    # ruleid: trace.python.nosql-injection.operator-injection
    user = db.users.find_one({"email": body["email"], "password": body["password"]})
    # ok: trace.python.nosql-injection.operator-injection
    same = db.users.find_one({"email": str(body["email"])})
    # a $where value is reported as trace.python.nosql-injection.tainted-where
    # ok: trace.python.nosql-injection.operator-injection
    scripted = db.users.find_one({"$where": body["script"]})
    return {"ok": bool(user and same and scripted)}


@api_app.post("/profiles/lookup")
async def lookup_profile(request: Request):
    criteria = await request.json()
    # ruleid: trace.python.nosql-injection.operator-injection
    found = db.profiles.find_one({"email": criteria.get("email"), "api_key": criteria.get("api_key")})
    # ok: trace.python.nosql-injection.operator-injection
    same = db.profiles.find_one({"email": str(criteria.get("email"))})
    return {"ok": bool(found and same)}


# ruleid: trace.python.hardcoded-credentials.literal-signing-key
token = jwt.encode({"sub": 1}, "pr0d-signing-k3y-2024", algorithm="HS256")
# ok: trace.python.hardcoded-credentials.literal-signing-key
token2 = jwt.encode({"sub": 1}, os.environ["JWT_SECRET"], algorithm="HS256")
# ruleid: trace.python.hardcoded-credentials.literal-signing-key
mac = hmac.new(b"webhook-secret-123", b"body", "sha256")


# flask-cors matches an origin pattern with re.match: without a final `$` any ending passes
partners_app = Flask(__name__)
# ruleid: trace.python.cors.credentials-loose-origin-regex
CORS(partners_app, origins=[r"https://.*\.partners\.example"], supports_credentials=True)
# ok: trace.python.cors.credentials-loose-origin-regex
CORS(partners_app, origins=[r"https://.*\.partners\.example$", "https://www.partners.example"], supports_credentials=True)
# ok: trace.python.cors.credentials-loose-origin-regex
CORS(partners_app, origins=[r"https://.*\.partners\.example"])
# ruleid: trace.python.cors.credentials-loose-origin-regex
CORS(partners_app, resources={r"/api/*": {"origins": [r"https://.*\.partners\.example"]}}, supports_credentials=True)
# ok: trace.python.cors.credentials-loose-origin-regex
CORS(partners_app, resources={r"/api/.*": {"origins": ["https://www.partners.example"]}}, supports_credentials=True)
