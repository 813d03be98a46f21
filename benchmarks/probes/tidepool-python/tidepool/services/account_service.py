"""Boat-owner accounts on the public booking site."""
from __future__ import annotations

import logging
import smtplib
from email.message import EmailMessage

from tidepool.config import get_settings
from tidepool.repositories import accounts as account_repo
from tidepool.security.passwords import check_strength, hash_owner_password, verify_password
from tidepool.security.tokens import generate_reset_code, issue_access_token
from tidepool.services.rendering import render_jinja

log = logging.getLogger(__name__)

SMTP_HOST = "mail.internal"


class AuthError(Exception):
    pass


def register(email: str, display_name: str, password: str) -> int:
    if account_repo.owner_by_email(email):
        raise AuthError("an account with this e-mail already exists")
    check_strength(password)
    return account_repo.create_owner(email.strip(), display_name.strip()[:80], hash_owner_password(password))


def login(email: str, password: str) -> str:
    owner = account_repo.owner_by_email(email)
    if owner is None or not verify_password(password, owner["password_hash"]):
        raise AuthError("invalid e-mail or password")
    return issue_access_token(owner["id"], owner["email"])


def start_reset(email: str) -> None:
    owner = account_repo.owner_by_email(email)
    if owner is None:
        log.info("password reset requested for unknown address")
        return
    code = generate_reset_code()
    account_repo.store_reset_code(owner["id"], code)
    body = render_jinja("reset_email.txt", name=owner["display_name"], code=code, site=get_settings().public_base_url)
    message = EmailMessage()
    message["From"] = "Tidepool <no-reply@tidepool.example>"
    message["To"] = owner["email"]
    message["Subject"] = "Your Tidepool reset code"
    message.set_content(body)
    with smtplib.SMTP(SMTP_HOST, 25, timeout=10) as smtp:
        smtp.send_message(message)


def finish_reset(email: str, code: str, new_password: str) -> None:
    owner_id = account_repo.consume_reset_code(email, code.strip().upper())
    if owner_id is None:
        raise AuthError("reset code invalid or expired")
    check_strength(new_password)
    account_repo.set_owner_password(owner_id, hash_owner_password(new_password))
