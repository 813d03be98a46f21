"""Credential and one-time-code helpers for patron accounts."""
import hashlib
import random
import secrets
import string

import bcrypt

RESET_CODE_LENGTH = 8
PIN_LENGTH = 4


def hash_account_password(password: str) -> str:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12)).decode()


def check_account_password(password: str, stored: str) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), stored.encode("utf-8"))


def hash_kiosk_pin(pin: str) -> str:
    """Self-checkout kiosks compare PIN digests offline."""
    return hashlib.sha1(pin.encode("utf-8")).hexdigest()  # VULN hash


def cover_cache_key(isbn: str) -> str:
    return hashlib.md5(isbn.encode("ascii")).hexdigest()  # SAFE hash


def password_reset_code() -> str:
    alphabet = string.ascii_uppercase + string.digits
    return "".join(random.choices(alphabet, k=RESET_CODE_LENGTH))  # VULN random


def email_verification_token() -> str:
    return secrets.token_urlsafe(32)  # SAFE random


def featured_shelf(books, count=6):
    picks = list(books)
    random.shuffle(picks)  # SAFE random
    return picks[:count]


def is_valid_pin(pin: str) -> bool:
    return len(pin) == PIN_LENGTH and pin.isdigit()
