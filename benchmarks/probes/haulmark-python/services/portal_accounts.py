import hashlib
import hmac
import secrets
from datetime import timedelta

import bcrypt
from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone

from accounts.models import PortalUser


class AccountError(Exception):
    pass


def _legacy_digest(password):
    return hashlib.sha1(password.encode("utf-8")).hexdigest()  # VULN hash


class PortalAccountService:
    def register(self, email, password, mc_number):
        if PortalUser.objects.filter(email__iexact=email).exists():
            raise AccountError("an account already exists for this email")
        return PortalUser.objects.create(email=email.lower(), password_hash=_legacy_digest(password), mc_number=mc_number)

    def verify(self, user, password):
        if user.password_hash.startswith("$2"):
            return bcrypt.checkpw(password.encode("utf-8"), user.password_hash.encode("ascii"))
        return hmac.compare_digest(user.password_hash, _legacy_digest(password))

    def start_reset(self, email):
        user = PortalUser.objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            return
        user.reset_token = secrets.token_urlsafe(32)  # SAFE random
        user.reset_expires = timezone.now() + timedelta(hours=1)
        user.save(update_fields=["reset_token", "reset_expires"])
        link = f"https://carriers.haulmark.io/reset?token={user.reset_token}"
        send_mail("Reset your Haulmark portal password", f"Use this link within an hour: {link}", settings.DEFAULT_FROM_EMAIL, [user.email])

    def complete_reset(self, token, new_password):
        if len(new_password) < 10:
            raise AccountError("password must be at least 10 characters")
        user = PortalUser.objects.filter(reset_token=token, reset_expires__gt=timezone.now()).first() if token else None
        if user is None:
            raise AccountError("reset link is invalid or expired")
        user.password_hash = bcrypt.hashpw(new_password.encode("utf-8"), bcrypt.gensalt(rounds=12)).decode("ascii")  # SAFE hash
        user.reset_token, user.reset_expires = "", None
        user.save(update_fields=["password_hash", "reset_token", "reset_expires"])
