# mypy: ignore-errors
import os

import psycopg2
from flask import Flask

app = Flask(__name__)
# ruleid: trace.python.hardcoded-credentials.literal-secret
app.config["SECRET_KEY"] = "9f8e7d6c5b4a39281726354a"
# ruleid: trace.python.hardcoded-credentials.literal-secret
SECRET_KEY = "django-insecure-q8w7e6r5t4y3u2i1o0p9"
# ok: trace.python.hardcoded-credentials.literal-secret
API_KEY = os.environ["API_KEY"]
# ok: trace.python.hardcoded-credentials.literal-secret
PASSWORD = "<your password here>"
# ok: trace.python.hardcoded-credentials.literal-secret
DB_PASSWORD = "${DB_PASSWORD}"
# ok: trace.python.hardcoded-credentials.literal-secret
PASSWORD_FIELD = "password"


def connect():
    # ruleid: trace.python.hardcoded-credentials.literal-secret
    return psycopg2.connect(host="db", user="app", password="Pr0d-Passw0rd!2024")


def connect_env():
    # ok: trace.python.hardcoded-credentials.literal-secret
    return psycopg2.connect(host="db", user="app", password=os.environ["PGPASSWORD"])


def make_app():
    web = Flask("shop")
    # ruleid: trace.python.hardcoded-credentials.literal-secret
    web.secret_key = "replace-with-your-secret-key"
    # ruleid: trace.python.hardcoded-credentials.literal-secret
    web.config.update(SECRET_KEY="changeme")
    # ok: trace.python.hardcoded-credentials.literal-secret
    web.secret_key = os.environ["FLASK_SECRET"]
    # ok: trace.python.hardcoded-credentials.literal-secret
    web.config["SECRET_KEY"] = "${FLASK_SECRET}"
    return web


def fetch_items(requests, os):
    from requests.auth import HTTPBasicAuth

    # ruleid: trace.python.hardcoded-credentials.literal-secret
    items = requests.get("https://api.acme.example/items", auth=("api", "Lq7zK2wP9xT4m"))
    # ruleid: trace.python.hardcoded-credentials.literal-secret
    more = requests.get("https://api.acme.example/more", auth=HTTPBasicAuth("api", "Wz3kQ9pL7xT2"))
    # ok: trace.python.hardcoded-credentials.literal-secret
    mine = requests.get("https://api.acme.example/me", auth=("api", os.environ["API_PASSWORD"]))
    # ok: trace.python.hardcoded-credentials.literal-secret
    anon = requests.get("https://api.acme.example/pub", auth=("api", "changeme-later"))
    return items, more, mine, anon


def engines():
    from sqlalchemy import create_engine
    from pymongo import MongoClient

    # ruleid: trace.python.hardcoded-credentials.literal-secret
    historian = create_engine("postgresql+psycopg2://historian_ro:Gu5tFr0nt-2019@historian.internal:5432/telemetry")
    # ok: trace.python.hardcoded-credentials.literal-secret
    local = create_engine("sqlite:///./app.db")
    # ok: trace.python.hardcoded-credentials.literal-secret
    configured = create_engine(os.environ["DATABASE_URL"])
    # ok: trace.python.hardcoded-credentials.literal-secret
    placeholder = create_engine("postgresql://app:${DB_PASSWORD}@db/app")
    # ruleid: trace.python.hardcoded-credentials.literal-secret
    logs = MongoClient("mongodb://logger:Xk29-qpLw@mongo.internal:27017/logs")
    return historian, local, configured, placeholder, logs


# ruleid: trace.python.hardcoded-credentials.literal-secret
PORTAL_JWT_KEY = os.environ.get("PORTAL_JWT_KEY", "pk-7d1e0c9b4a52f3e8")
# ruleid: trace.python.hardcoded-credentials.literal-secret
WEBHOOK_SIGNING_SECRET = os.getenv("WEBHOOK_SIGNING_SECRET") or "whs-41aa09c2d7"
# ok: trace.python.hardcoded-credentials.literal-secret
REPORTS_API_KEY = os.environ.get("REPORTS_API_KEY", "")
# ok: trace.python.hardcoded-credentials.literal-secret
UPSTREAM_PASSWORD = os.environ.get("UPSTREAM_PASSWORD", "${UPSTREAM_PASSWORD}")
# ok: trace.python.hardcoded-credentials.literal-secret
SESSION_COOKIE_NAME = os.environ.get("SESSION_COOKIE_NAME", "labsession")
