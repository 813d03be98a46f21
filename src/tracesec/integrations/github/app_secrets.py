"""The GitHub App's secrets, sealed by the KMS: private key PEM, webhook secret, client secret.

They are never settings and never files: `trace github-app import` reads each once, seals it
(local AES-256-GCM key ring or AWS KMS) with an encryption context naming the app and the secret,
and stores only the ciphertext. Each use opens it in memory. The webhook secret, needed on every
delivery, is kept opened in this process's memory for a few minutes so AWS KMS is not called per
webhook.
"""

from __future__ import annotations

import base64
import hashlib
import threading
import time
from enum import StrEnum

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

from tracesec.integrations.github.config import app_id
from tracesec.integrations.models import SealedAppSecret
from tracesec.kms import KmsError, get_kms

_CACHE_SECONDS = 300.0
_cache_lock = threading.Lock()
_cache: dict[tuple[str, str], tuple[float, bytes]] = {}


class AppSecret(StrEnum):
    PRIVATE_KEY = "private_key"
    WEBHOOK_SECRET = "webhook_secret"  # noqa: S105 - a name, not a value
    CLIENT_SECRET = "client_secret"  # noqa: S105 - a name, not a value


class AppSecretMissing(Exception):
    """The secret was never imported (or cannot be opened). The message names no value."""


def _context(app: str, name: AppSecret) -> dict[str, str]:
    return {"purpose": "github-app-secret", "app_id": app, "secret": name.value}


def load_private_key(pem: bytes) -> RSAPrivateKey:
    """Parse an RSA private key PEM (what GitHub issues), or raise ValueError."""
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as exc:
        raise ValueError("not an unencrypted PEM private key") from exc
    if not isinstance(key, RSAPrivateKey):
        raise ValueError("the GitHub App key must be an RSA key")
    if key.key_size < 2048:
        raise ValueError("the RSA key is shorter than 2048 bits")
    return key


def fingerprint(name: AppSecret, value: bytes) -> str:
    """What GitHub shows for a private key (SHA-256 of the DER public key, base64); for the
    other secrets only a short hash prefix, enough to tell two values apart."""
    if name is AppSecret.PRIVATE_KEY:
        public = (
            load_private_key(value)
            .public_key()
            .public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
        return "SHA256:" + base64.b64encode(hashlib.sha256(public).digest()).decode()
    return "sha256:" + hashlib.sha256(value).hexdigest()[:12]


def app_secret_import(name: AppSecret, value: bytes) -> str:
    """Seal and store (replacing) one secret of the configured app. Returns its fingerprint."""
    app = app_id()
    if not app:
        raise AppSecretMissing("GITHUB_APP_ID is not set.")
    if not value.strip():
        raise ValueError("the secret is empty")
    if name is AppSecret.PRIVATE_KEY:
        load_private_key(value)
    else:
        value = value.strip()
    printed = fingerprint(name, value)
    sealed = get_kms().encrypt(value, _context(app, name))
    SealedAppSecret.objects.update_or_create(
        app_id=app,
        name=name.value,
        defaults={"ciphertext": sealed.ciphertext, "key_id": sealed.key_id, "fingerprint": printed},
    )
    with _cache_lock:
        _cache.pop((app, name.value), None)
    return printed


def app_secret_open(name: AppSecret, *, cache: bool = False) -> bytes:
    """The secret in clear, in memory only."""
    app = app_id()
    key = (app, name.value)
    if cache:
        with _cache_lock:
            hit = _cache.get(key)
            if hit and hit[0] > time.monotonic():
                return hit[1]
    row = SealedAppSecret.objects.filter(app_id=app, name=name.value).first()
    if row is None:
        raise AppSecretMissing(f"The GitHub App's {name.value} was not imported.")
    try:
        value = get_kms().decrypt(bytes(row.ciphertext), row.key_id, _context(app, name))
    except KmsError:
        raise AppSecretMissing(f"The GitHub App's {name.value} cannot be opened.") from None
    if cache:
        with _cache_lock:
            _cache[key] = (time.monotonic() + _CACHE_SECONDS, value)
    return value


def app_secret_status() -> dict[str, str]:
    """Fingerprints of the imported secrets (never the values)."""
    rows = SealedAppSecret.objects.filter(app_id=app_id())
    return {row.name: row.fingerprint for row in rows}


def forget_cached_secrets() -> None:
    with _cache_lock:
        _cache.clear()
