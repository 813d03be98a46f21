"""Technician directory backed by the corporate LDAP."""
from ldap3 import SUBTREE, Connection, Server
from ldap3.core.exceptions import LDAPBindError
from ldap3.utils.conv import escape_filter_chars

from turbinary.config import settings

PERSON_ATTRIBUTES = ["uid", "cn", "mail", "employeeType", "departmentNumber"]


class TechnicianDirectory:
    def __init__(self) -> None:
        self.server = Server(settings.ldap_url, use_ssl=True)

    def _service_bind(self) -> Connection:
        return Connection(self.server, user=settings.ldap_bind_dn, password=settings.ldap_bind_password, auto_bind=True)

    def lookup(self, username: str) -> dict | None:
        with self._service_bind() as conn:
            conn.search(settings.ldap_base_dn, f"(&(objectClass=inetOrgPerson)(uid={username}))", search_scope=SUBTREE, attributes=PERSON_ATTRIBUTES)  # VULN ldap
            if not conn.entries:
                return None
            entry = conn.entries[0]
            role = str(entry.employeeType) if entry.employeeType else "technician"
            return {"dn": entry.entry_dn, "uid": str(entry.uid), "name": str(entry.cn), "role": role}

    def authenticate(self, username: str, password: str) -> dict | None:
        entry = self.lookup(username) if password else None
        if entry is None:
            return None
        try:
            Connection(self.server, user=entry["dn"], password=password, auto_bind=True).unbind()
        except LDAPBindError:
            return None
        return entry

    def groups(self, username: str) -> list[str]:
        with self._service_bind() as conn:
            conn.search(settings.ldap_group_base, f"(&(objectClass=groupOfNames)(member=uid={escape_filter_chars(username)},{settings.ldap_base_dn}))", attributes=["cn"])  # SAFE ldap
            return [str(e.cn) for e in conn.entries]
