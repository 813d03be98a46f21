"""Gardener account queries."""
from typing import Optional

from brightwell.models import Gardener, Invitation, PasswordReset


def by_username(username: str) -> Optional[Gardener]:
    return Gardener.get_or_none(Gardener.username == username)


def by_id(gardener_id: int) -> Optional[Gardener]:
    return Gardener.get_or_none(Gardener.id == gardener_id)


def by_email(email: str) -> Optional[Gardener]:
    return Gardener.get_or_none(Gardener.email == email.lower())


def update_profile(gardener: Gardener, display_name: str, bio: str, website: Optional[str]) -> Gardener:
    gardener.display_name = display_name
    gardener.bio = bio
    gardener.website = website
    gardener.save()
    return gardener


def store_reset(gardener: Gardener, token: str, expires_at) -> PasswordReset:
    return PasswordReset.create(gardener=gardener, token=token, expires_at=expires_at)


def store_invitation(site, email: str, code: str) -> Invitation:
    return Invitation.create(site=site, email=email.lower(), code=code)


def find_invitation(code: str) -> Optional[Invitation]:
    return Invitation.get_or_none((Invitation.code == code) & (Invitation.accepted == False))  # noqa: E712
