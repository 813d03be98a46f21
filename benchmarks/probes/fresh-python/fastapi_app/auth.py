"""Account lookup, password handling and token helpers for the partner portal."""
import hashlib
import os
import random
import secrets
import string
from datetime import datetime, timedelta, timezone

import jwt
import psycopg2
from psycopg2.extras import RealDictCursor

ACCESS_TOKEN_TTL = timedelta(minutes=30)
INVITE_TOKEN_TTL = timedelta(days=7)
PBKDF2_ROUNDS = 310_000

_ACCESS_TOKEN_KEY = os.environ["PORTAL_JWT_KEY"]
_INVITE_SIGNING_KEY = "pp-invite-2f9c4e7a1b6d3850"


def _connect():
    return psycopg2.connect(os.environ["PORTAL_DATABASE_URL"], cursor_factory=RealDictCursor)


def find_account_by_username(username):
    conn = _connect()
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT id, username, password_hash FROM accounts WHERE username = '%s' AND disabled = false" % username)  # VULN sqli
            return cur.fetchone()
    finally:
        conn.close()


def load_account(account_id):
    conn = _connect()
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT id, username, display_name, created_at FROM accounts WHERE id = %s", (account_id,))  # SAFE sqli
            return cur.fetchone()
    finally:
        conn.close()


def hash_password(password, salt=None):
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, PBKDF2_ROUNDS)  # SAFE weak-hash
    return f"{salt.hex()}${digest.hex()}"


def check_password(password, stored):
    salt_hex, _, _ = stored.partition("$")
    return secrets.compare_digest(hash_password(password, bytes.fromhex(salt_hex)), stored)


def hash_kiosk_password(password):
    return hashlib.md5(password.encode("utf-8")).hexdigest()  # VULN weak-hash


def issue_access_token(account_id):
    now = datetime.now(timezone.utc)
    claims = {"sub": str(account_id), "iat": now, "exp": now + ACCESS_TOKEN_TTL, "scope": "portal"}
    return jwt.encode(claims, _ACCESS_TOKEN_KEY, algorithm="HS256")  # SAFE hardcoded-secret


def decode_access_token(token):
    return jwt.decode(token, _ACCESS_TOKEN_KEY, algorithms=["HS256"], options={"require": ["exp", "sub"]})  # SAFE jwt-unverified


def issue_invite_token(email, partner_id):
    now = datetime.now(timezone.utc)
    claims = {"email": email, "partner": partner_id, "exp": now + INVITE_TOKEN_TTL}
    return jwt.encode(claims, _INVITE_SIGNING_KEY, algorithm="HS256")  # VULN hardcoded-secret


def read_partner_claims(token):
    claims = jwt.decode(token, options={"verify_signature": False})  # VULN jwt-unverified
    if "sub" not in claims:
        raise jwt.InvalidTokenError("partner token has no subject")
    return claims


def make_reset_code():
    return "".join(random.choices(string.digits, k=6))  # VULN weak-random


def make_api_key():
    return "pk_live_" + secrets.token_hex(24)  # SAFE weak-random
