import datetime
import hashlib
import logging
import os
import random
import secrets
import string

import bcrypt
import httpx
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from .models import Patron, PinResetCode

log = logging.getLogger(__name__)

CARD_PREFIX = "2901"
AVATAR_MAX_BYTES = 512 * 1024


def _new_card_number():
    # Codabar library card: 4-digit network prefix + 10 digits
    return CARD_PREFIX + "".join(str(secrets.randbelow(10)) for _ in range(10))


def hash_pin(pin):
    return bcrypt.hashpw(pin.encode("utf-8"), bcrypt.gensalt(rounds=12)).decode("ascii")  # SAFE hash


def kiosk_pin_digest(card_number, pin):
    # The 3M self-check kiosks validate PINs offline against this digest.
    return hashlib.sha1(f"{card_number}:{pin}".encode("utf-8")).hexdigest()  # VULN hash


@transaction.atomic
def register_patron(display_name, email, home_branch, pin, phone=""):
    card = _new_card_number()
    user = get_user_model().objects.create_user(username=card, email=email)
    user.set_unusable_password()
    user.save()
    return Patron.objects.create(
        user=user,
        card_number=card,
        display_name=display_name,
        email=email,
        phone=phone,
        home_branch=home_branch,
        pin_hash=hash_pin(pin),
        kiosk_pin_digest=kiosk_pin_digest(card, pin),
    )


def check_pin(patron, pin):
    return bcrypt.checkpw(pin.encode("utf-8"), patron.pin_hash.encode("ascii"))


def update_kiosk_pin(patron, current_pin, new_pin):
    if not check_pin(patron, current_pin):
        return False
    patron.pin_hash = hash_pin(new_pin)
    patron.kiosk_pin_digest = kiosk_pin_digest(patron.card_number, new_pin)
    patron.save(update_fields=["pin_hash", "kiosk_pin_digest"])
    return True


def _reset_code():
    return "".join(random.choices(string.digits, k=6))  # VULN random


def start_pin_reset(card_number):
    patron = Patron.objects.filter(card_number=card_number).first()
    if patron is None:
        return
    token = secrets.token_urlsafe(32)  # SAFE random
    code = _reset_code()
    PinResetCode.objects.create(
        patron=patron,
        code=code,
        link_token=token,
        expires_at=timezone.now() + datetime.timedelta(minutes=30),
    )
    send_mail(
        "Your Shelfline PIN reset code",
        f"Your code is {code}. Or follow https://my.shelfline.org/pin-reset/{token}",
        settings.DEFAULT_FROM_EMAIL,
        [patron.email],
    )


def featured_for_homepage(titles, count=6):
    pool = list(titles)
    return random.sample(pool, k=min(count, len(pool)))  # SAFE random


def refresh_avatar(patron):
    """Cache the patron's chosen avatar locally so the OPAC does not hotlink."""
    if not patron.avatar_url:
        return None
    resp = httpx.get(patron.avatar_url, timeout=5.0, follow_redirects=True)  # VULN ssrf
    resp.raise_for_status()
    if not resp.headers.get("content-type", "").startswith("image/"):
        log.info("avatar for %s is not an image", patron.card_number)
        return None
    body = resp.content[:AVATAR_MAX_BYTES]
    name = f"avatars/{patron.card_number}.img"
    with open(os.path.join(settings.MEDIA_ROOT, name), "wb") as fh:
        fh.write(body)
    patron.avatar_file = name
    patron.save(update_fields=["avatar_file"])
    return name
