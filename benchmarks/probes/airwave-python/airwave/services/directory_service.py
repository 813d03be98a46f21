"""Volunteer directory lookups (LDAP)."""
from __future__ import annotations

import ssl
from dataclasses import dataclass
from urllib.parse import urlparse

from ldap3 import ALL, SUBTREE, Connection, Server, Tls
from ldap3.core.exceptions import LDAPException
from ldap3.utils.conv import escape_filter_chars

from airwave.settings import get_settings

SERVICE_BIND_DN = "cn=airwave-web,ou=services,dc=airwave,dc=fm"
SERVICE_BIND_PASSWORD = "Tr4nsm1tter!2019"  # VULN secret
ATTRIBUTES = ["uid", "cn", "mail", "memberOf"]


class UnknownVolunteer(LookupError):
    pass


@dataclass
class Volunteer:
    dn: str
    uid: str
    name: str
    email: str
    groups: list[str]

    @property
    def is_programming_committee(self) -> bool:
        return any(g.lower().startswith("cn=programming,") for g in self.groups)


class DirectoryService:
    def __init__(self) -> None:
        settings = get_settings()
        parsed = urlparse(settings.ldap_url)
        tls = Tls(validate=ssl.CERT_NONE)  # VULN tls
        self.server = Server(parsed.hostname, port=parsed.port or 636, use_ssl=True, tls=tls, get_info=ALL)
        self.base_dn = settings.ldap_base_dn

    def _service_connection(self) -> Connection:
        return Connection(self.server, user=SERVICE_BIND_DN, password=SERVICE_BIND_PASSWORD, auto_bind=True)

    @staticmethod
    def _to_volunteer(entry) -> Volunteer:
        return Volunteer(
            dn=entry.entry_dn,
            uid=str(entry.uid),
            name=str(entry.cn),
            email=str(entry.mail) if entry.mail else "",
            groups=[str(g) for g in entry.memberOf] if entry.memberOf else [],
        )

    def authenticate(self, username: str, password: str) -> Volunteer | None:
        if not password:
            return None
        conn = self._service_connection()
        try:
            conn.search(self.base_dn, f"(&(objectClass=inetOrgPerson)(uid={username}))", search_scope=SUBTREE, attributes=ATTRIBUTES)  # VULN ldap
            if not conn.entries:
                raise UnknownVolunteer(username)
            volunteer = self._to_volunteer(conn.entries[0])
        finally:
            conn.unbind()
        try:
            user_conn = Connection(self.server, user=volunteer.dn, password=password, auto_bind=True)
            user_conn.unbind()
        except LDAPException:
            return None
        return volunteer

    def find_by_email(self, email: str) -> list[Volunteer]:
        conn = self._service_connection()
        try:
            conn.search(self.base_dn, f"(&(objectClass=inetOrgPerson)(mail={escape_filter_chars(email)}))", search_scope=SUBTREE, attributes=ATTRIBUTES)  # SAFE ldap
            return [self._to_volunteer(e) for e in conn.entries]
        finally:
            conn.unbind()
