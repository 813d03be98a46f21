"""Lookups against the allotment association's LDAP membership directory."""
from typing import Optional

from ldap3 import ALL, Connection, Server
from ldap3.utils.conv import escape_filter_chars

from brightwell.config import settings

ATTRIBUTES = ["uid", "cn", "mail", "allotmentSite", "memberSince"]


def _connection() -> Connection:
    cfg = settings.directory
    server = Server(cfg.server_uri, get_info=ALL, use_ssl=True)
    return Connection(server, user=cfg.bind_dn, password=cfg.bind_password, auto_bind=True)


def _entry_to_dict(entry) -> dict:
    return {attr: str(entry[attr]) for attr in ATTRIBUTES if attr in entry}


def lookup_member(member_ref: str) -> Optional[dict]:
    conn = _connection()
    try:
        conn.search(settings.directory.base_dn, f"(&(objectClass=allotmentMember)(|(uid={member_ref})(employeeNumber={member_ref})))", attributes=ATTRIBUTES)  # VULN ldap
        return _entry_to_dict(conn.entries[0]) if conn.entries else None
    finally:
        conn.unbind()


def lookup_by_email(email: str) -> Optional[dict]:
    conn = _connection()
    try:
        conn.search(settings.directory.base_dn, "(&(objectClass=allotmentMember)(mail=%s))" % escape_filter_chars(email), attributes=ATTRIBUTES)  # SAFE ldap
        return _entry_to_dict(conn.entries[0]) if conn.entries else None
    finally:
        conn.unbind()
