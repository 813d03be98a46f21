"""Volunteer sign-in, password resets and kiosk credentials."""
from __future__ import annotations

import datetime as dt
import logging

from airwave.dto import LoginResult
from airwave.models import Host
from airwave.repositories.host_repo import HostRepository
from airwave.security import passwords, tokens
from airwave.security.jwt_auth import issue_token
from airwave.services.directory_service import DirectoryService, UnknownVolunteer

log = logging.getLogger(__name__)

RESET_TTL = dt.timedelta(hours=2)


class AccountService:
    def __init__(self, hosts: HostRepository | None = None, directory: DirectoryService | None = None):
        self.hosts = hosts or HostRepository()
        self.directory = directory or DirectoryService()

    def sign_in(self, username: str, password: str) -> LoginResult:
        username = username.strip()
        local = self.hosts.by_username(username)
        if local is not None and local.password_hash.startswith("pbkdf2_"):
            if passwords.verify_password(password, local.password_hash):
                return self._result(local)
            return LoginResult(ok=False, message="Incorrect password.")
        try:
            volunteer = self.directory.authenticate(username, password)
        except UnknownVolunteer:
            return LoginResult(ok=False, message="We don't have a volunteer with that username.")
        if volunteer is None:
            return LoginResult(ok=False, message="Incorrect password.")
        host = self.hosts.ensure_from_directory(volunteer.uid, volunteer.name, volunteer.email)
        if volunteer.is_programming_committee and not host.is_admin:
            host.is_admin = True
            self.hosts.save(host)
        return self._result(host)

    @staticmethod
    def _result(host: Host) -> LoginResult:
        return LoginResult(
            ok=True,
            username=host.username,
            display_name=host.display_name,
            is_admin=host.is_admin,
            token=issue_token(host.username, host.is_admin),
        )

    def start_reset(self, email: str) -> str | None:
        host = self.hosts.by_email(email)
        if host is None:
            return None
        host.reset_token = tokens.make_reset_token()
        host.reset_expires = dt.datetime.utcnow() + RESET_TTL
        self.hosts.save(host)
        return host.reset_token

    def finish_reset(self, token: str, new_password: str) -> bool:
        host = self.hosts.by_reset_token(token)
        if host is None or len(new_password) < 10:
            return False
        host.password_hash = passwords.hash_password(new_password)
        host.reset_token = None
        host.reset_expires = None
        self.hosts.save(host)
        return True

    def set_kiosk_password(self, host: Host, password: str) -> str:
        """The kiosk in studio B stores its own copy of the credential."""
        digest = passwords.kiosk_digest(password)
        host.kiosk_password_hash = digest
        self.hosts.save(host)
        log.info("kiosk credential rotated for %s", host.username)
        return digest
