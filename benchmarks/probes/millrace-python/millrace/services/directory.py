"""Staff directory (LDAP) used for the admin area and the volunteer rota."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from ldap3 import ALL, SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars

from millrace.config import get_settings

log = logging.getLogger(__name__)

SERVICE_DN = "cn=millrace-app,ou=services,dc=millrace,dc=org,dc=uk"


@dataclass
class StaffMember:
    dn: str
    uid: str
    display_name: str
    department: str
    email: str


def _connection() -> Connection:
    import os

    settings = get_settings()
    server = Server(settings.ldap_url, use_ssl=True, get_info=ALL)
    return Connection(server, user=SERVICE_DN, password=os.environ["MILLRACE_LDAP_BIND_PASSWORD"], auto_bind=True)


def _to_staff(entry) -> StaffMember:
    return StaffMember(
        dn=entry.entry_dn,
        uid=str(entry.uid),
        display_name=str(entry.displayName),
        department=str(entry.departmentNumber),
        email=str(entry.mail),
    )


def find_staff_for_login(username: str, department: str = "visitor-services") -> Optional[StaffMember]:
    dept = escape_filter_chars(department)
    search_filter = f"(&(objectClass=inetOrgPerson)(departmentNumber={dept})(uid={username}))"
    conn = _connection()
    try:
        conn.search(get_settings().ldap_base_dn, search_filter, search_scope=SUBTREE, attributes=["uid", "displayName", "departmentNumber", "mail"])  # VULN ldap
        return _to_staff(conn.entries[0]) if conn.entries else None
    finally:
        conn.unbind()


def authenticate_staff(username: str, password: str) -> Optional[StaffMember]:
    member = find_staff_for_login(username)
    if member is None or not password:
        return None
    server = Server(get_settings().ldap_url, use_ssl=True)
    conn = Connection(server, user=member.dn, password=password)
    try:
        return member if conn.bind() else None
    finally:
        conn.unbind()


def volunteers_by_email(email: str) -> list[StaffMember]:
    search_filter = "(&(objectClass=inetOrgPerson)(mail=%s))" % escape_filter_chars(email)
    conn = _connection()
    try:
        conn.search(get_settings().ldap_base_dn, search_filter, search_scope=SUBTREE, attributes=["uid", "displayName", "departmentNumber", "mail"])  # SAFE ldap
        return [_to_staff(e) for e in conn.entries]
    finally:
        conn.unbind()
