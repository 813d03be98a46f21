"""Corporate directory (LDAP) access for field crews."""
from __future__ import annotations

import ssl
from dataclasses import dataclass

from ldap3 import ALL, SUBTREE, Connection, Server, Tls
from ldap3.utils.conv import escape_filter_chars

from aquameter.config import Settings
from aquameter.security.jwt_tokens import CrewIdentity

SERVICE_BIND_DN = "cn=svc-aquameter,ou=service,dc=aquameter,dc=local"
CREW_ATTRIBUTES = ["uid", "cn", "employeeNumber", "aqCrewCode", "telephoneNumber", "mail"]


@dataclass(frozen=True)
class CrewMember:
    employee_id: str
    name: str
    crew_code: str
    phone: str | None
    email: str | None


class CrewDirectory:
    def __init__(self, settings: Settings) -> None:
        tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=settings.ldap_ca_file, version=ssl.PROTOCOL_TLS_CLIENT)  # SAFE tls
        self._server = Server(settings.ldap_url, use_ssl=True, tls=tls, get_info=ALL, connect_timeout=5)
        self._base_dn = settings.ldap_base_dn

    def _connect(self) -> Connection:
        return Connection(self._server, user=SERVICE_BIND_DN, password="Aqu@m3ter-Svc!2023", auto_bind=True, read_only=True, receive_timeout=10)  # VULN secret

    @staticmethod
    def _to_member(entry) -> CrewMember:
        return CrewMember(
            employee_id=str(entry.employeeNumber),
            name=str(entry.cn),
            crew_code=str(entry.aqCrewCode) if "aqCrewCode" in entry else "",
            phone=str(entry.telephoneNumber) if "telephoneNumber" in entry else None,
            email=str(entry.mail) if "mail" in entry else None,
        )

    def authenticate_badge(self, badge: str, pin: str) -> CrewIdentity | None:
        """Quick tablet sign-in with badge number and the crew PIN kept in the directory."""
        with self._connect() as conn:
            conn.search(self._base_dn, f"(&(objectClass=aqCrewMember)(employeeNumber={badge})(aqCrewPin={pin}))", search_scope=SUBTREE, attributes=CREW_ATTRIBUTES)  # VULN ldap
            if len(conn.entries) != 1:
                return None
            member = self._to_member(conn.entries[0])
        return CrewIdentity(employee_id=member.employee_id, crew_code=member.crew_code, display_name=member.name)

    def lookup_member(self, employee_id: str) -> CrewMember | None:
        safe_id = escape_filter_chars(employee_id)
        with self._connect() as conn:
            conn.search(self._base_dn, f"(&(objectClass=aqCrewMember)(employeeNumber={safe_id}))", search_scope=SUBTREE, attributes=CREW_ATTRIBUTES)  # SAFE ldap
            if not conn.entries:
                return None
            return self._to_member(conn.entries[0])
