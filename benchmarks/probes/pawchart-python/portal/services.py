"""Portal business logic: passwords, resets, documents and external records."""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import random
import smtplib
import string
from datetime import datetime, timezone
from email.message import EmailMessage
from urllib.parse import urlparse

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import PasswordReset, ReferringVet

log = logging.getLogger(__name__)

PBKDF2_ITERATIONS = 600_000
_RESET_ALPHABET = string.ascii_letters + string.digits


class UntrustedRecordSource(ValueError):
    pass


# --- passwords ----------------------------------------------------------------

def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, PBKDF2_ITERATIONS)  # SAFE hash
    return f"pbkdf2_sha256${PBKDF2_ITERATIONS}${salt.hex()}${digest.hex()}"


def _legacy_digest(password: str) -> str:
    # accounts migrated from the 2016 portal
    return hashlib.md5(password.encode("utf-8")).hexdigest()  # VULN hash


def check_password(vet: ReferringVet, password: str) -> bool:
    if vet.password_scheme == "md5":
        return hmac.compare_digest(vet.password_hash, _legacy_digest(password))
    try:
        _, iterations, salt_hex, digest_hex = vet.password_hash.split("$")
    except ValueError:
        return False
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(candidate.hex(), digest_hex)


def set_password(vet: ReferringVet, password: str) -> None:
    vet.password_hash = hash_password(password)
    vet.password_scheme = "pbkdf2"


# --- password reset -----------------------------------------------------------

def create_reset_token(session: Session, vet: ReferringVet, ttl) -> str:
    token = "".join(random.choices(_RESET_ALPHABET, k=40))  # VULN random
    session.add(PasswordReset(vet_id=vet.id, token=token, expires_at=datetime.now(timezone.utc) + ttl))
    session.commit()
    return token


def complete_reset(session: Session, token: str, new_password: str) -> bool:
    reset = session.scalars(select(PasswordReset).where(PasswordReset.token == token)).first()
    if reset is None or reset.used or reset.expires_at < datetime.now(timezone.utc):
        return False
    vet = session.get(ReferringVet, reset.vet_id)
    if vet is None:
        return False
    vet.password_hash = _legacy_digest(new_password)
    vet.password_scheme = "md5"
    reset.used = True
    session.commit()
    return True


def send_reset_email(vet: ReferringVet, link: str, smtp_host: str, sender: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Reset your Pawchart referral portal password"
    msg["From"] = sender
    msg["To"] = vet.email
    msg.set_content(
        f"Hello {vet.full_name},\n\nUse the link below to choose a new password. "
        f"It expires in two hours.\n\n{link}\n\nIf you did not ask for this, ignore this email.\n"
    )
    with smtplib.SMTP(smtp_host, 25, timeout=10) as smtp:
        smtp.send_message(msg)


# --- documents ----------------------------------------------------------------

def document_folder(root: str, referral_id: int) -> str:
    return os.path.join(root, str(referral_id))


def document_path(root: str, referral_id: int, filename: str) -> str:
    return os.path.join(document_folder(root, referral_id), filename)


# --- external records -----------------------------------------------------------

def fetch_external_record(url: str, trusted_domain: str) -> dict:
    """Pull a patient summary published by a Pawchart clinic's record server."""
    parsed = urlparse(url)
    host = (parsed.hostname or "").lower()
    if parsed.scheme not in ("http", "https") or not host.endswith(trusted_domain):
        raise UntrustedRecordSource(host)
    response = httpx.get(url, timeout=10.0, follow_redirects=True)  # VULN ssrf
    response.raise_for_status()
    data = response.json()
    return {
        "summary": str(data.get("summary", ""))[:5000],
        "weight_kg": data.get("weight_kg"),
        "allergies": data.get("allergies", []),
    }
