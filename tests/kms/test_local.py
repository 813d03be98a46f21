"""Local AES-256-GCM KMS backend: file mode, context binding, tampering, rotation."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from tracesec.kms.base import KmsDecryptError, KmsError, KmsUnknownKeyError
from tracesec.kms.local import LocalKmsBackend

CTX = {"exchange": "11111111-1111-1111-1111-111111111111", "installation": "inst-1"}


def test_key_file_created_0600_on_first_use(tmp_path: Path) -> None:
    key_file = tmp_path / "kms" / "keyring.json"
    backend = LocalKmsBackend(key_file)
    assert not key_file.exists()
    backend.encrypt(b"x", CTX)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    ring = json.loads(key_file.read_text())
    assert ring["active"] in ring["keys"]


def test_round_trip_and_ciphertext_hides_plaintext(tmp_path: Path) -> None:
    backend = LocalKmsBackend(tmp_path / "k.json")
    sealed = backend.encrypt(b"canary-secret-token", CTX)
    assert b"canary-secret-token" not in sealed.ciphertext
    assert backend.decrypt(sealed.ciphertext, sealed.key_id, CTX) == b"canary-secret-token"
    # Random nonces: the same plaintext never gives the same ciphertext.
    assert backend.encrypt(b"canary-secret-token", CTX).ciphertext != sealed.ciphertext


@pytest.mark.parametrize(
    "other",
    [
        {**CTX, "exchange": "22222222-2222-2222-2222-222222222222"},
        {**CTX, "installation": "inst-2"},
        {"exchange": CTX["exchange"]},
        {**CTX, "extra": "x"},
    ],
)
def test_wrong_context_refused(tmp_path: Path, other: dict[str, str]) -> None:
    backend = LocalKmsBackend(tmp_path / "k.json")
    sealed = backend.encrypt(b"tok", CTX)
    with pytest.raises(KmsDecryptError):
        backend.decrypt(sealed.ciphertext, sealed.key_id, other)


def test_context_order_does_not_matter(tmp_path: Path) -> None:
    backend = LocalKmsBackend(tmp_path / "k.json")
    sealed = backend.encrypt(b"tok", CTX)
    reordered = dict(reversed(list(CTX.items())))
    assert backend.decrypt(sealed.ciphertext, sealed.key_id, reordered) == b"tok"


def test_tampered_ciphertext_refused(tmp_path: Path) -> None:
    backend = LocalKmsBackend(tmp_path / "k.json")
    sealed = backend.encrypt(b"tok", CTX)
    for index in (0, 5, len(sealed.ciphertext) - 1):
        broken = bytearray(sealed.ciphertext)
        broken[index] ^= 0x01
        with pytest.raises(KmsDecryptError):
            backend.decrypt(bytes(broken), sealed.key_id, CTX)
    with pytest.raises(KmsDecryptError):
        backend.decrypt(b"short", sealed.key_id, CTX)


def test_empty_context_refused(tmp_path: Path) -> None:
    backend = LocalKmsBackend(tmp_path / "k.json")
    with pytest.raises(KmsError):
        backend.encrypt(b"tok", {})


def test_rotation_keeps_in_flight_ciphertexts(tmp_path: Path) -> None:
    key_file = tmp_path / "k.json"
    backend = LocalKmsBackend(key_file)
    old = backend.encrypt(b"in-flight", CTX)
    new_id = backend.rotate()
    assert new_id != old.key_id
    fresh = backend.encrypt(b"new", CTX)
    assert fresh.key_id == new_id
    assert backend.decrypt(old.ciphertext, old.key_id, CTX) == b"in-flight"
    # Another process (a second backend on the same file) sees both keys.
    other = LocalKmsBackend(key_file)
    assert other.decrypt(old.ciphertext, old.key_id, CTX) == b"in-flight"
    assert other.decrypt(fresh.ciphertext, fresh.key_id, CTX) == b"new"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_rotation_in_another_process_is_picked_up(tmp_path: Path) -> None:
    key_file = tmp_path / "k.json"
    reader = LocalKmsBackend(key_file)
    reader.encrypt(b"warm", CTX)  # caches the ring
    writer = LocalKmsBackend(key_file)
    writer.rotate()
    sealed = writer.encrypt(b"after-rotate", CTX)
    assert reader.decrypt(sealed.ciphertext, sealed.key_id, CTX) == b"after-rotate"


def test_retired_key_no_longer_decrypts(tmp_path: Path) -> None:
    backend = LocalKmsBackend(tmp_path / "k.json")
    old = backend.encrypt(b"x", CTX)
    with pytest.raises(KmsError):
        backend.retire(old.key_id)  # active key
    backend.rotate()
    backend.retire(old.key_id)
    with pytest.raises(KmsUnknownKeyError):
        backend.decrypt(old.ciphertext, old.key_id, CTX)


def test_group_readable_key_file_refused(tmp_path: Path) -> None:
    key_file = tmp_path / "k.json"
    LocalKmsBackend(key_file).encrypt(b"x", CTX)
    os.chmod(key_file, 0o644)
    with pytest.raises(KmsError, match="readable"):
        LocalKmsBackend(key_file).encrypt(b"x", CTX)


def test_corrupt_key_file_refused_without_overwriting(tmp_path: Path) -> None:
    key_file = tmp_path / "k.json"
    key_file.write_text("not json")
    os.chmod(key_file, 0o600)
    with pytest.raises(KmsError, match="not a valid key ring"):
        LocalKmsBackend(key_file).encrypt(b"x", CTX)
    assert key_file.read_text() == "not json"
