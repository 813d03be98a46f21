"""City staff directory (LDAP) lookups for lifeguard sign-in and onboarding."""
import logging

from ldap3 import SUBTREE, Connection, Server
from ldap3.core.exceptions import LDAPException
from ldap3.utils.conv import escape_filter_chars

from lanewater import conf

log = logging.getLogger(__name__)

_ATTRIBUTES = ["uid", "cn", "mail", "employeeNumber", "telephoneNumber"]
_STAFF_GROUP = "cn=pool-staff,ou=groups,dc=cityhall,dc=gov"


class DirectoryEntry(dict):
    @property
    def dn(self) -> str:
        return self["dn"]


def _server() -> Server:
    return Server(conf.LDAP_URL, use_ssl=True, connect_timeout=5)


def _service_connection() -> Connection:
    return Connection(_server(), user=conf.LDAP_BIND_DN, password=conf.LDAP_BIND_PASSWORD, auto_bind=True, read_only=True)


def _entry(conn: Connection) -> DirectoryEntry | None:
    if not conn.entries:
        return None
    entry = conn.entries[0]
    values = {name: entry[name].value for name in _ATTRIBUTES if name in entry}
    return DirectoryEntry(dn=entry.entry_dn, **values)


def find_staff_member(username: str) -> DirectoryEntry | None:
    conn = _service_connection()
    try:
        conn.search(conf.LDAP_BASE_DN, f"(&(objectClass=inetOrgPerson)(memberOf={_STAFF_GROUP})(uid={username}))", search_scope=SUBTREE, attributes=_ATTRIBUTES)  # VULN ldap
        return _entry(conn)
    finally:
        conn.unbind()


def find_by_employee_number(employee_id: str) -> DirectoryEntry | None:
    conn = _service_connection()
    try:
        query = f"(&(objectClass=inetOrgPerson)(employeeNumber={escape_filter_chars(employee_id)}))"
        conn.search(conf.LDAP_BASE_DN, query, search_scope=SUBTREE, attributes=_ATTRIBUTES)  # SAFE ldap
        return _entry(conn)
    finally:
        conn.unbind()


def verify_password(dn: str, password: str) -> bool:
    if not password:
        return False
    try:
        conn = Connection(_server(), user=dn, password=password, auto_bind=True, read_only=True)
    except LDAPException as exc:
        log.info("directory bind failed for %s: %s", dn, exc.__class__.__name__)
        return False
    conn.unbind()
    return True
