"""Local AES-256-GCM backend with a key ring file (dev, demo, single-host installs).

The key ring is a JSON file `{"active": id, "keys": {id: base64 key}}` created with mode 0600 on
first use. `rotate()` adds a fresh key and makes it active: new encryptions use it, ciphertexts
sealed under older keys (in-flight exchanges) still decrypt until those keys are retired.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import stat
import threading
from collections.abc import Mapping
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tracesec.kms.base import (
    KmsBackend,
    KmsDecryptError,
    KmsError,
    KmsUnknownKeyError,
    Sealed,
    canonical_context,
)

_NONCE_BYTES = 12
_KEY_BYTES = 32
_VERSION = b"\x01"


def _new_key_id() -> str:
    return "local-" + secrets.token_hex(8)


class LocalKmsBackend(KmsBackend):
    """AES-256-GCM with random 96-bit nonces; the context is the associated data."""

    def __init__(self, key_file: Path | str) -> None:
        self._path = Path(key_file)
        self._lock = threading.Lock()
        self._ring: dict[str, bytes] | None = None
        self._active: str = ""

    # -- key ring -----------------------------------------------------------------------------
    def _load(self, *, force: bool = False) -> None:
        if self._ring is not None and not force:
            return
        if not self._path.exists():
            # First run: the first key is written with the file, atomically and without
            # clobbering a ring another process created meanwhile.
            first = _new_key_id()
            self._write_ring(
                {
                    "active": first,
                    "keys": {first: base64.b64encode(AESGCM.generate_key(bit_length=256)).decode()},
                },
                create=True,
            )
        mode = stat.S_IMODE(self._path.stat().st_mode)
        if mode & 0o077:
            raise KmsError(f"key file {self._path} must not be readable by group/others")
        try:
            data = json.loads(self._path.read_text())
            keys = {kid: base64.b64decode(raw) for kid, raw in data["keys"].items()}
            active = str(data["active"])
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KmsError(f"key file {self._path} is not a valid key ring") from exc
        if any(len(k) != _KEY_BYTES for k in keys.values()):
            raise KmsError(f"key file {self._path} holds a key of the wrong size")
        if active not in keys:
            raise KmsError(f"key file {self._path} names an active key it does not hold")
        self._ring = keys
        self._active = active

    def _save(self) -> None:
        assert self._ring is not None
        data = {
            "active": self._active,
            "keys": {kid: base64.b64encode(k).decode() for kid, k in self._ring.items()},
        }
        self._write_ring(data, create=False)

    def _write_ring(self, data: Mapping[str, object], *, create: bool) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._path.with_name(f".{self._path.name}.{secrets.token_hex(4)}.tmp")
        # O_EXCL + 0600 from the first byte: the key is never world-readable, even briefly.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w") as handle:
                json.dump(data, handle)
                handle.flush()
                os.fsync(handle.fileno())
            if create:
                # Never clobber a ring another process created meanwhile.
                with contextlib.suppress(FileExistsError):
                    os.link(tmp, self._path)
            else:
                os.replace(tmp, self._path)
        finally:
            if tmp.exists():
                tmp.unlink()

    def rotate(self) -> str:
        """Add a fresh key and make it the one new encryptions use. Returns its id."""
        with self._lock:
            self._load(force=True)  # keep keys another process may have added
            assert self._ring is not None
            kid = _new_key_id()
            self._ring[kid] = AESGCM.generate_key(bit_length=256)
            self._active = kid
            self._save()
            return kid

    def retire(self, key_id: str) -> None:
        """Forget an old key (after everything sealed with it has expired)."""
        with self._lock:
            self._load(force=True)
            assert self._ring is not None
            if key_id == self._active:
                raise KmsError("the active key cannot be retired; rotate first")
            self._ring.pop(key_id, None)
            self._save()

    # -- operations ---------------------------------------------------------------------------
    def encrypt(self, plaintext: bytes, context: Mapping[str, str]) -> Sealed:
        aad = canonical_context(context)
        with self._lock:
            self._load()
            assert self._ring is not None
            kid, key = self._active, self._ring[self._active]
        nonce = secrets.token_bytes(_NONCE_BYTES)
        sealed = AESGCM(key).encrypt(nonce, plaintext, aad)
        return Sealed(ciphertext=_VERSION + nonce + sealed, key_id=kid)

    def decrypt(self, ciphertext: bytes, key_id: str, context: Mapping[str, str]) -> bytes:
        aad = canonical_context(context)
        with self._lock:
            self._load()
            assert self._ring is not None
            key = self._ring.get(key_id)
            if key is None:
                # Another process may have rotated since we read the ring.
                self._load(force=True)
                key = self._ring.get(key_id)
        if key is None:
            raise KmsUnknownKeyError("ciphertext was sealed with a key this ring does not hold")
        if len(ciphertext) < 1 + _NONCE_BYTES + 16 or ciphertext[:1] != _VERSION:
            raise KmsDecryptError("ciphertext is malformed")
        nonce, body = ciphertext[1 : 1 + _NONCE_BYTES], ciphertext[1 + _NONCE_BYTES :]
        try:
            return AESGCM(key).decrypt(nonce, body, aad)
        except InvalidTag as exc:
            raise KmsDecryptError("ciphertext failed authentication") from exc
