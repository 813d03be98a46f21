"""Accounts: sign-in, profile, password resets and invitations."""
import datetime as dt
from typing import Optional

from brightwell.models import Gardener, Site
from brightwell.repositories import gardener_repo
from brightwell.security.passwords import hash_password, kiosk_pin_hash, verify_password
from brightwell.security.tokens import new_invite_code, new_reset_token

RESET_TTL = dt.timedelta(hours=2)


class AccountError(Exception):
    pass


def authenticate(username: str, password: str) -> Optional[Gardener]:
    gardener = gardener_repo.by_username(username)
    if gardener is None or not gardener.is_active:
        return None
    if not verify_password(password, gardener.password_hash):
        return None
    return gardener


def start_password_reset(email: str) -> Optional[str]:
    gardener = gardener_repo.by_email(email)
    if gardener is None:
        return None
    token = new_reset_token()
    gardener_repo.store_reset(gardener, token, dt.datetime.utcnow() + RESET_TTL)
    return token


def invite(site: Site, email: str) -> str:
    code = new_invite_code()
    gardener_repo.store_invitation(site, email, code)
    return code


def accept_invitation(code: str, username: str, password: str, display_name: str) -> Gardener:
    invitation = gardener_repo.find_invitation(code)
    if invitation is None:
        raise AccountError("invitation not found or already used")
    gardener = Gardener.create(
        username=username,
        email=invitation.email,
        display_name=display_name,
        password_hash=hash_password(password),
        home_site=invitation.site,
    )
    invitation.accepted = True
    invitation.save()
    return gardener


def create_kiosk_account(site: Site, password: str) -> Gardener:
    return Gardener.create(
        username=f"kiosk-{site.slug}",
        email=f"kiosk+{site.slug}@brightwell.org",
        display_name=f"{site.name} shed kiosk",
        password_hash=kiosk_pin_hash(password),
        role="kiosk",
        home_site=site,
    )


def update_profile(gardener: Gardener, display_name: str, bio: str, website: Optional[str]) -> Gardener:
    display_name = (display_name or "").strip()[:80]
    if not display_name:
        raise AccountError("display name is required")
    website = (website or "").strip()
    if website and ":" not in website:
        website = "https://" + website
    return gardener_repo.update_profile(gardener, display_name, bio or "", website or None)
