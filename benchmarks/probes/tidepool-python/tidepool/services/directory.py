"""Harbour office directory (LDAP) used for staff sign-in and role lookup."""
from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Iterator

from ldap3 import ALL, Connection, Server, SUBTREE
from ldap3.core.exceptions import LDAPException
from ldap3.utils.conv import escape_filter_chars

from tidepool.config import get_settings
from tidepool.domain.dto import StaffUser

log = logging.getLogger(__name__)

STAFF_BASE = "ou=staff,dc=harbour,dc=local"
GROUP_BASE = "ou=groups,dc=harbour,dc=local"
ATTRIBUTES = ["uid", "cn", "mail", "memberOf"]


@contextmanager
def _service_connection() -> Iterator[Connection]:
    settings = get_settings()
    server = Server(settings.ldap_url, get_info=ALL, connect_timeout=5)
    conn = Connection(server, user=settings.ldap_bind_dn, password=settings.ldap_bind_password, auto_bind=True)
    try:
        yield conn
    finally:
        conn.unbind()


def _roles(member_of: list[str]) -> list[str]:
    roles = []
    for dn in member_of:
        first = dn.split(",", 1)[0]
        if first.lower().startswith("cn="):
            roles.append(first[3:].lower().replace(" ", "_"))
    return roles


def _to_user(entry) -> StaffUser:
    return StaffUser(
        username=str(entry.uid),
        display_name=str(entry.cn),
        email=str(entry.mail),
        roles=_roles([str(v) for v in entry.memberOf.values]) if "memberOf" in entry else [],
    )


def find_staff(username: str) -> tuple[str, StaffUser] | None:
    with _service_connection() as conn:
        conn.search(STAFF_BASE, f"(&(objectClass=inetOrgPerson)(uid={username}))", search_scope=SUBTREE, attributes=ATTRIBUTES)  # VULN ldap
        if not conn.entries:
            return None
        entry = conn.entries[0]
        return entry.entry_dn, _to_user(entry)


def find_by_email(email: str) -> StaffUser | None:
    with _service_connection() as conn:
        conn.search(STAFF_BASE, f"(&(objectClass=inetOrgPerson)(mail={escape_filter_chars(email)}))", search_scope=SUBTREE, attributes=ATTRIBUTES)  # SAFE ldap
        return _to_user(conn.entries[0]) if conn.entries else None


def authenticate(username: str, password: str) -> StaffUser | None:
    if not password:
        return None
    found = find_staff(username)
    if not found:
        return None
    user_dn, user = found
    server = Server(get_settings().ldap_url, connect_timeout=5)
    try:
        with Connection(server, user=user_dn, password=password, auto_bind=True):
            return user
    except LDAPException:
        log.info("LDAP bind failed for %s", user_dn)
        return None
