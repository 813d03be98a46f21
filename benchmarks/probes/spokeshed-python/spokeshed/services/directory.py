"""Lookups against the co-op's member directory (OpenLDAP)."""
from __future__ import annotations

import ssl
from dataclasses import dataclass

from ldap3 import ALL, Connection, Server, Tls
from ldap3.utils.conv import escape_filter_chars

from spokeshed.config import get_settings


@dataclass
class Member:
    dn: str
    uid: str
    display_name: str
    member_number: str
    groups: list[str]


class MemberDirectory:
    def __init__(self) -> None:
        cfg = get_settings()
        tls = Tls(validate=ssl.CERT_REQUIRED, version=ssl.PROTOCOL_TLS_CLIENT)  # SAFE tls
        self.server = Server(cfg.ldap_url, use_ssl=True, tls=tls, get_info=ALL)
        self.base_dn = cfg.ldap_base_dn
        self.bind_dn = cfg.ldap_bind_dn
        self.bind_password = cfg.ldap_bind_password

    def _service_conn(self) -> Connection:
        return Connection(self.server, self.bind_dn, self.bind_password, auto_bind=True, read_only=True)

    @staticmethod
    def _member(entry) -> Member:
        return Member(
            dn=entry.entry_dn,
            uid=str(entry.uid),
            display_name=str(entry.cn),
            member_number=str(entry.employeeNumber) if "employeeNumber" in entry else "",
            groups=[str(g) for g in entry.memberOf] if "memberOf" in entry else [],
        )

    def find_by_member_number(self, member_number: str) -> Member | None:
        conn = self._service_conn()
        try:
            query = f"(&(objectClass=inetOrgPerson)(employeeNumber={escape_filter_chars(member_number)}))"
            conn.search(self.base_dn, query, attributes=["uid", "cn", "employeeNumber", "memberOf"])  # SAFE ldap
            return self._member(conn.entries[0]) if conn.entries else None
        finally:
            conn.unbind()

    def authenticate(self, username: str, password: str) -> Member | None:
        if not password:
            return None
        conn = self._service_conn()
        try:
            query = f"(&(objectClass=inetOrgPerson)(uid={username})(memberOf=cn=coordinators,ou=groups,dc=spokeshed,dc=org))"
            conn.search(self.base_dn, query, attributes=["uid", "cn", "employeeNumber", "memberOf"])  # VULN ldap
            if not conn.entries:
                return None
            member = self._member(conn.entries[0])
        finally:
            conn.unbind()
        user_conn = Connection(self.server, member.dn, password)
        if not user_conn.bind():
            return None
        user_conn.unbind()
        return member
