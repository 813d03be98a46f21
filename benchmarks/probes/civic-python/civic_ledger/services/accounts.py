"""Staff account management (local fallback when LDAP is unavailable)."""
import hashlib
import hmac
import os

from ..config import settings
from ..db import session_scope
from ..models import StaffAccount
from . import token_service


def _pbkdf2(password: str, salt: bytes) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, settings.PASSWORD_ITERATIONS).hex()  # SAFE hash


def create_account(username: str, email: str, password: str) -> int:
    salt = os.urandom(16)
    with session_scope() as session:
        account = StaffAccount(
            username=username, email=email, password_hash=_pbkdf2(password, salt), password_salt=salt.hex()
        )
        session.add(account)
        session.flush()
        return account.id


def check_password(username: str, password: str) -> bool:
    with session_scope() as session:
        account = session.query(StaffAccount).filter_by(username=username).one_or_none()
        if account is None:
            return False
        if account.password_salt == "legacy":
            candidate = hashlib.md5(password.encode()).hexdigest()  # VULN hash
        else:
            candidate = _pbkdf2(password, bytes.fromhex(account.password_salt))
        return hmac.compare_digest(candidate, account.password_hash)


def start_password_reset(email: str) -> str | None:
    with session_scope() as session:
        account = session.query(StaffAccount).filter_by(email=email).one_or_none()
        if account is None:
            return None
        account.reset_token = token_service.password_reset_token()
        return account.reset_token

