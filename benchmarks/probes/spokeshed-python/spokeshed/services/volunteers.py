"""Volunteer sign-up, kiosk PIN login and profile settings."""
from __future__ import annotations

import re

from spokeshed.domain.dto import Volunteer, VolunteerSignup
from spokeshed.domain.errors import Conflict, Forbidden, InvalidInput
from spokeshed.repositories.volunteers import VolunteerRepository
from spokeshed.security.passwords import hash_pin, verify_pin
from spokeshed.services.webhooks import validate_hook_url

KNOWN_SKILLS = {"wheels", "brakes", "gears", "hydraulics", "welding", "teaching", "front_desk", "ebikes"}
_PIN = re.compile(r"^\d{4,8}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)


class VolunteerService:
    def __init__(self, repo: VolunteerRepository) -> None:
        self.repo = repo

    async def sign_up(self, signup: VolunteerSignup) -> Volunteer:
        if not _EMAIL.match(signup.email):
            raise InvalidInput("invalid email")
        if not _PIN.match(signup.pin):
            raise InvalidInput("PIN must be 4-8 digits")
        if await self.repo.get_by_email(signup.email):
            raise Conflict("already signed up")
        skills = [s for s in signup.skills if s in KNOWN_SKILLS]
        pin_hash = hash_pin(signup.pin)
        return await self.repo.create(signup.display_name.strip(), signup.email, pin_hash, skills, signup.website)

    async def kiosk_login(self, email: str, pin: str) -> Volunteer:
        found = await self.repo.get_by_email(email)
        if found is None or not verify_pin(pin, found[1]):
            raise Forbidden("wrong email or PIN")
        return found[0]

    async def who_can(self, skill: str) -> list[Volunteer]:
        return await self.repo.with_skill(skill.strip().lower())

    async def set_calendar_hook(self, volunteer_id: int, url: str | None) -> None:
        await self.repo.set_calendar_webhook(volunteer_id, validate_hook_url(url) if url else None)

    async def set_website(self, volunteer_id: int, url: str | None) -> None:
        await self.repo.set_website(volunteer_id, url.strip() if url else None)
