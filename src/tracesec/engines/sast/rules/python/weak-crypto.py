# mypy: ignore-errors
import hashlib
import os

from Crypto.Cipher import AES, DES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def store_user(db, username, password):
    # ruleid: trace.python.weak-crypto.fast-hash-for-password
    digest = hashlib.md5(password.encode()).hexdigest()
    # ruleid: trace.python.weak-crypto.fast-hash-for-password
    other = hashlib.sha256(password.encode("utf-8")).hexdigest()
    salt = os.urandom(16)
    # ok: trace.python.weak-crypto.fast-hash-for-password
    good = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    # ok: trace.python.weak-crypto.fast-hash-for-password
    good2 = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    db.save(username, digest, other, good, good2)


def create_user(db, body, form):
    # ruleid: trace.python.weak-crypto.fast-hash-for-password
    from_json = hashlib.md5(body["password"].encode()).hexdigest()
    # ruleid: trace.python.weak-crypto.fast-hash-for-password
    from_form = hashlib.sha1(form.get("new_passwd").encode()).hexdigest()
    # ok: trace.python.weak-crypto.fast-hash-for-password
    by_email = hashlib.sha256(body["email"].encode()).hexdigest()
    # ok: trace.python.weak-crypto.fast-hash-for-password
    passwords_seen = hashlib.sha256(str(len(body)).encode()).hexdigest()
    db.save(from_json, from_form, by_email, passwords_seen)


def legacy_login(db, username, password):
    from hashlib import md5

    # one finding for one flaw: the password rule, not weak-hash as well
    # ruleid: trace.python.weak-crypto.fast-hash-for-password
    digest = md5(password.encode()).hexdigest()  # ok: trace.python.weak-crypto.weak-hash
    return db.check(username, digest)


def legacy_digests(data):
    # ruleid: trace.python.weak-crypto.weak-hash
    legacy = hashlib.sha1(data)
    # ok: trace.python.weak-crypto.weak-hash
    etag = hashlib.md5(data, usedforsecurity=False).hexdigest()
    # ok: trace.python.weak-crypto.weak-hash
    strong = hashlib.sha256(data).hexdigest()
    return legacy, etag, strong


def encrypt(key, data):
    # ruleid: trace.python.weak-crypto.weak-cipher
    c1 = DES.new(key, DES.MODE_CBC)
    # ruleid: trace.python.weak-crypto.weak-cipher
    c2 = AES.new(key, AES.MODE_ECB)
    # ok: trace.python.weak-crypto.weak-cipher
    c3 = AES.new(key, AES.MODE_GCM)
    # ruleid: trace.python.weak-crypto.weak-cipher
    c4 = Cipher(algorithms.AES(key), modes.ECB())
    # ok: trace.python.weak-crypto.weak-cipher
    c5 = Cipher(algorithms.AES(key), modes.GCM(os.urandom(12)))
    return c1, c2, c3, c4, c5


def upload_checksum(data):
    # ok: trace.python.weak-crypto.weak-hash
    return hashlib.md5(data).hexdigest()


def store_upload(data):
    # ok: trace.python.weak-crypto.weak-hash
    etag = hashlib.sha1(data).hexdigest()
    # ruleid: trace.python.weak-crypto.weak-hash
    signature = hashlib.sha1(data).hexdigest()
    return etag, signature


def set_kiosk_pin(tech, pin: str, spinner: str) -> None:
    # ruleid: trace.python.weak-crypto.fast-hash-for-password
    tech.kiosk_pin_hash = hashlib.sha256(pin.encode()).hexdigest()
    # ok: trace.python.weak-crypto.fast-hash-for-password
    tech.spinner_tag = hashlib.sha256(spinner.encode()).hexdigest()
