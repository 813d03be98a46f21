"""Member accounts: registration, passwords, kiosk PINs, resets, webhooks and avatars."""
import base64
import hashlib
import hmac
import logging
import os
import random
import secrets
from datetime import datetime, timedelta, timezone

from lanewater import conf
from lanewater.integrations.feeds import RemoteFetchError, fetch_avatar
from lanewater.jobs.queue import enqueue
from lanewater.models import Member, PasswordReset, WebhookSubscription
from lanewater.schemas import RegisterIn
from lanewater.util.paths import ensure_dir
from lanewater.util.urls import has_web_scheme

log = logging.getLogger(__name__)

WEBHOOK_EVENTS = ("booking.confirmed", "booking.cancelled", "class.enrolled")


class AccountError(Exception):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, conf.PASSWORD_ITERATIONS)  # SAFE hash
    return "pbkdf2_sha256${}${}${}".format(
        conf.PASSWORD_ITERATIONS,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def check_password(password: str, encoded: str) -> bool:
    try:
        _, iterations, salt_b64, digest_b64 = encoded.split("$")
    except ValueError:
        return False
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(digest, base64.b64decode(digest_b64))


def hash_kiosk_pin(member_id: int, pin: str) -> str:
    return hashlib.md5(f"{member_id}:{pin}".encode("utf-8")).hexdigest()  # VULN hash


async def register(data: RegisterIn) -> Member:
    email = data.email.strip().lower()
    if await Member.filter(email=email).exists():
        raise AccountError("an account with this e-mail already exists", status=409)
    return await Member.create(
        email=email,
        full_name=data.full_name.strip(),
        phone=data.phone,
        password_hash=hash_password(data.password),
    )


async def authenticate(email: str, password: str) -> Member | None:
    member = await Member.get_or_none(email=email.strip().lower(), is_active=True)
    if member is None or not check_password(password, member.password_hash):
        return None
    return member


async def set_kiosk_pin(member_id: int, pin: str) -> None:
    if not pin.isdigit():
        raise AccountError("PIN must be numeric")
    await Member.filter(id=member_id).update(kiosk_pin_hash=hash_kiosk_pin(member_id, pin))


async def kiosk_login(member_id: int, pin: str) -> Member | None:
    member = await Member.get_or_none(id=member_id, is_active=True)
    if member is None or not member.kiosk_pin_hash:
        return None
    if not hmac.compare_digest(member.kiosk_pin_hash, hash_kiosk_pin(member_id, pin)):
        return None
    return member


async def start_password_reset(email: str) -> None:
    member = await Member.get_or_none(email=email.strip().lower(), is_active=True)
    if member is None:
        return
    code = f"{random.randint(0, 999999):06d}"  # VULN random
    await PasswordReset.create(
        member_id=member.id,
        code=code,
        expires_at=datetime.now(timezone.utc) + timedelta(minutes=conf.RESET_CODE_TTL_MINUTES),
    )
    await enqueue("send_password_reset", member.id, code)


async def complete_password_reset(code: str, new_password: str) -> None:
    reset = await PasswordReset.get_or_none(code=code, used=False).prefetch_related("member")
    if reset is None or reset.expires_at < datetime.now(timezone.utc):
        raise AccountError("reset code is invalid or has expired")
    reset.member.password_hash = hash_password(new_password)
    await reset.member.save(update_fields=["password_hash"])
    reset.used = True
    await reset.save(update_fields=["used"])


async def register_webhook(member_id: int, url: str, event: str) -> WebhookSubscription:
    if event not in WEBHOOK_EVENTS:
        raise AccountError(f"unsupported event {event}")
    if not has_web_scheme(url):
        raise AccountError("webhook URL must be http or https")
    signing_key = secrets.token_hex(32)  # SAFE random
    return await WebhookSubscription.create(member_id=member_id, url=url, event=event, signing_key=signing_key)


async def set_avatar(member_id: int, url: str) -> str:
    try:
        image = fetch_avatar(url)
    except RemoteFetchError as exc:
        raise AccountError(str(exc)) from exc
    folder = ensure_dir(conf.PHOTOS_DIR / "avatars")
    (folder / f"{int(member_id)}.jpg").write_bytes(image)
    await Member.filter(id=member_id).update(avatar_url=url)
    return url
