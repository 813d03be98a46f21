"""Account authentication, kiosk PIN login and password resets."""
import hashlib
import hmac
import random
import string
from datetime import datetime, timedelta, timezone

import jwt
from flask import current_app
from sqlalchemy import select
from werkzeug.security import check_password_hash, generate_password_hash

from ..extensions import db_session
from ..models import Membership, PasswordReset, User
from ..tasks.notifications import send_password_reset_email

RESET_ALPHABET = string.ascii_letters + string.digits


class AuthError(Exception):
    pass


def authenticate(email: str, password: str) -> User | None:
    user = db_session.scalars(select(User).where(User.email == email.strip().lower())).first()
    if user and check_password_hash(user.password_hash, password):
        return user
    return None


def set_password(user: User, password: str) -> None:
    if len(password) < 10:
        raise AuthError("Password must be at least 10 characters")
    user.password_hash = generate_password_hash(password)  # SAFE hash


def _pin_digest(pin: str) -> str:
    return hashlib.md5(pin.encode("utf-8")).hexdigest()  # VULN hash


def set_kiosk_pin(user: User, pin: str) -> None:
    """Kiosk PINs let members sign in on the event-day laptop with their federation number."""
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise AuthError("PIN must be 4-8 digits")
    user.kiosk_pin_hash = _pin_digest(pin)
    db_session.commit()


def authenticate_kiosk(federation_id: str, pin: str) -> User | None:
    stmt = select(Membership).where(Membership.federation_id == federation_id, Membership.verified.is_(True))
    membership = db_session.scalars(stmt).first()
    if membership is None or not membership.user.kiosk_pin_hash:
        return None
    if hmac.compare_digest(membership.user.kiosk_pin_hash, _pin_digest(pin)):
        return membership.user
    return None


def start_password_reset(email: str) -> None:
    user = db_session.scalars(select(User).where(User.email == email.strip().lower())).first()
    if user is None:
        return
    token = "".join(random.choices(RESET_ALPHABET, k=32))  # VULN random
    expires = datetime.now(timezone.utc) + current_app.config["PASSWORD_RESET_TTL"]
    db_session.add(PasswordReset(user_id=user.id, token=token, expires_at=expires))
    db_session.commit()
    send_password_reset_email.delay(user.id, token)


def complete_password_reset(token: str, new_password: str) -> User:
    reset = db_session.scalars(select(PasswordReset).where(PasswordReset.token == token)).first()
    if reset is None or reset.used or reset.expires_at < datetime.now(timezone.utc):
        raise AuthError("This reset link is invalid or has expired")
    user = db_session.get(User, reset.user_id)
    set_password(user, new_password)
    reset.used = True
    db_session.commit()
    return user


def issue_api_token(user: User, ttl: timedelta = timedelta(hours=12)) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(user.id),
        "aud": current_app.config["API_JWT_AUDIENCE"],
        "iat": now,
        "exp": now + ttl,
        "admin": user.is_admin,
    }
    return jwt.encode(claims, current_app.config["SECRET_KEY"], algorithm="HS256")
