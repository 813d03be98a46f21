"""Generation of one-time tokens, API keys and PIN codes."""
from __future__ import annotations

import random
import secrets
import string

RESET_ALPHABET = string.ascii_letters + string.digits
RESET_TOKEN_LENGTH = 40


def make_reset_token() -> str:
    """Token e-mailed to a volunteer who forgot their password."""
    return "".join(random.choices(RESET_ALPHABET, k=RESET_TOKEN_LENGTH))  # VULN random


def make_api_key() -> str:
    """Long-lived key for partner stations pulling our schedule."""
    return "awk_" + secrets.token_urlsafe(32)  # SAFE random


def make_guest_pin() -> str:
    """Six digit PIN a studio guest types on the talkback console."""
    return f"{secrets.randbelow(1_000_000):06d}"  # SAFE random


def make_webhook_secret() -> str:
    return secrets.token_hex(24)
