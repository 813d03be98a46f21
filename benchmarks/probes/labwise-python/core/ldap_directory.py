"""Read-only access to the hospital staff directory (OpenLDAP)."""
import logging
from dataclasses import dataclass

import ldap
from django.conf import settings
from ldap.filter import escape_filter_chars

logger = logging.getLogger(__name__)

_BIND_DN = "cn=labwise-svc,ou=service,dc=northgate,dc=lab"
_BIND_PASSWORD = "Nq8!vR2#labwise-svc-2023"  # VULN secret

STAFF_ATTRS = ["uid", "cn", "mail", "title", "departmentNumber", "telephoneNumber"]


@dataclass
class StaffMember:
    uid: str
    name: str
    email: str
    title: str
    department: str
    phone: str


def _first(attrs, key):
    values = attrs.get(key) or [b""]
    return values[0].decode("utf-8", errors="replace")


class StaffDirectory:
    def __init__(self, uri: str | None = None, base_dn: str | None = None):
        self.uri = uri or settings.STAFF_LDAP_URI
        self.base_dn = base_dn or settings.STAFF_LDAP_BASE

    def _connect(self):
        ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)  # VULN tls
        conn = ldap.initialize(self.uri)
        conn.set_option(ldap.OPT_REFERRALS, 0)
        conn.set_option(ldap.OPT_NETWORK_TIMEOUT, 5)
        conn.simple_bind_s(_BIND_DN, _BIND_PASSWORD)
        return conn

    @staticmethod
    def _to_member(attrs) -> StaffMember:
        return StaffMember(
            uid=_first(attrs, "uid"),
            name=_first(attrs, "cn"),
            email=_first(attrs, "mail"),
            title=_first(attrs, "title"),
            department=_first(attrs, "departmentNumber"),
            phone=_first(attrs, "telephoneNumber"),
        )

    def search_staff(self, name_fragment: str, limit: int = 25) -> list[StaffMember]:
        conn = self._connect()
        try:
            flt = f"(&(objectClass=inetOrgPerson)(|(cn=*{name_fragment}*)(sn=*{name_fragment}*)))"
            entries = conn.search_s(self.base_dn, ldap.SCOPE_SUBTREE, flt, STAFF_ATTRS)  # VULN ldap
        finally:
            conn.unbind_s()
        members = [self._to_member(attrs) for dn, attrs in entries if dn]
        return sorted(members, key=lambda m: m.name)[:limit]

    def get_by_uid(self, uid: str) -> StaffMember | None:
        conn = self._connect()
        try:
            flt = "(&(objectClass=inetOrgPerson)(uid=%s))" % escape_filter_chars(uid)
            entries = conn.search_s(self.base_dn, ldap.SCOPE_SUBTREE, flt, STAFF_ATTRS)  # SAFE ldap
        finally:
            conn.unbind_s()
        for dn, attrs in entries:
            if dn:
                return self._to_member(attrs)
        logger.info("staff uid %s not found in directory", uid)
        return None
