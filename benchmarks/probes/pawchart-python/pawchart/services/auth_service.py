"""Staff authentication against the clinic network's LDAP directory."""
from __future__ import annotations

import hashlib
import logging
import secrets
import ssl
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import jwt
from ldap3 import ALL, SUBTREE, Connection, Server, Tls
from ldap3.core.exceptions import LDAPException
from ldap3.utils.conv import escape_filter_chars
from sqlalchemy.orm import Session

from pawchart.config import Settings
from pawchart.models.orm import StaffInvite, StaffUser

log = logging.getLogger(__name__)

_PERSON_ATTRS = ["uid", "cn", "mail", "telephoneNumber", "title", "departmentNumber"]


@dataclass(frozen=True)
class StaffIdentity:
    username: str
    dn: str
    display_name: str
    email: str | None


class AuthService:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        tls = Tls(
            validate=ssl.CERT_REQUIRED,
            ca_certs_file=settings.ldap_ca_file,
            version=ssl.PROTOCOL_TLS_CLIENT,
        )
        self.server = Server(settings.ldap_url, use_ssl=True, tls=tls, get_info=ALL, connect_timeout=5)

    def _service_connection(self) -> Connection:
        return Connection(
            self.server,
            user=self.settings.ldap_bind_dn,
            password=self.settings.ldap_bind_password,
            auto_bind=True,
            read_only=True,
            receive_timeout=10,
        )

    def authenticate(self, username: str, password: str) -> StaffIdentity | None:
        if not username or not password:
            return None
        search_filter = f"(&(objectClass=inetOrgPerson)(uid={escape_filter_chars(username)}))"
        try:
            with self._service_connection() as conn:
                conn.search(self.settings.ldap_base_dn, search_filter, search_scope=SUBTREE, attributes=_PERSON_ATTRS)  # SAFE ldap
                if len(conn.entries) != 1:
                    return None
                entry = conn.entries[0]
            user_conn = Connection(self.server, user=entry.entry_dn, password=password, receive_timeout=10)
            if not user_conn.bind():
                log.info("ldap bind failed for %s", username)
                return None
            user_conn.unbind()
        except LDAPException:
            log.exception("ldap error while authenticating %s", username)
            return None
        return StaffIdentity(
            username=str(entry.uid.value),
            dn=entry.entry_dn,
            display_name=str(entry.cn.value),
            email=str(entry.mail.value) if entry.mail.value else None,
        )

    def directory_search(self, name: str) -> list[dict[str, str | None]]:
        """Colleague lookup for the staff phone list."""
        name = name.replace("*", "").strip()
        search_filter = (
            "(&(objectClass=inetOrgPerson)(employeeType=staff)"
            f"(!(pawchartHidden=TRUE))(cn=*{name}*))"
        )
        with self._service_connection() as conn:
            conn.search(self.settings.ldap_base_dn, search_filter, search_scope=SUBTREE, attributes=_PERSON_ATTRS, size_limit=50)  # VULN ldap
            entries = list(conn.entries)
        return [
            {
                "name": str(e.cn.value),
                "email": e.mail.value,
                "phone": e.telephoneNumber.value,
                "title": e.title.value,
            }
            for e in entries
        ]

    def issue_token(self, staff: StaffUser) -> tuple[str, int]:
        now = datetime.now(timezone.utc)
        lifetime = self.settings.access_token_minutes * 60
        claims = {
            "sub": staff.username,
            "sid": staff.id,
            "clinic": staff.clinic_id,
            "role": staff.role,
            "iss": self.settings.jwt_issuer,
            "aud": self.settings.jwt_audience,
            "iat": now,
            "exp": now + timedelta(seconds=lifetime),
        }
        return jwt.encode(claims, self.settings.jwt_secret, algorithm="HS256"), lifetime

    def issue_handoff_token(self, username: str, email: str | None, clinic_id: int) -> str:
        now = datetime.now(timezone.utc)
        claims = {
            "sub": username,
            "email": email,
            "clinic": clinic_id,
            "iss": self.settings.jwt_issuer,
            "aud": "pawchart-portal",
            "iat": now,
            "exp": now + timedelta(seconds=self.settings.handoff_token_seconds),
        }
        return jwt.encode(claims, self.settings.jwt_secret, algorithm="HS256")

    def create_invite(self, session: Session, clinic_id: int, email: str, role: str, created_by: str) -> tuple[str, datetime]:
        code = secrets.token_urlsafe(24)  # SAFE random
        expires_at = datetime.now(timezone.utc) + timedelta(days=3)
        session.add(
            StaffInvite(
                clinic_id=clinic_id,
                email=email,
                role=role,
                code_digest=hashlib.sha256(code.encode("ascii")).hexdigest(),
                expires_at=expires_at,
                created_by=created_by,
            )
        )
        session.flush()
        return code, expires_at
