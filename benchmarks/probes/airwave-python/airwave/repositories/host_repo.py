"""Volunteer host accounts (Peewee ORM)."""
from __future__ import annotations

import datetime as dt

from airwave.models import Host


class HostRepository:
    def by_username(self, username: str) -> Host | None:
        return Host.get_or_none(Host.username == username)

    def by_email(self, email: str) -> Host | None:
        return Host.get_or_none(Host.email == email.strip().lower())

    def by_reset_token(self, token: str) -> Host | None:
        host = Host.get_or_none(Host.reset_token == token)
        if host is None or host.reset_expires is None:
            return None
        if host.reset_expires < dt.datetime.utcnow():
            return None
        return host

    def ensure_from_directory(self, username: str, display_name: str, email: str) -> Host:
        host, created = Host.get_or_create(
            username=username,
            defaults={"display_name": display_name, "email": email.lower(), "password_hash": "!ldap"},
        )
        if not created and host.display_name != display_name:
            host.display_name = display_name
            host.save()
        return host

    def save(self, host: Host) -> Host:
        host.save()
        return host
