"""Corporate directory lookups (LDAP)."""
from ldap3 import ALL, SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars

from crewline.config import get_settings

_ATTRS = ["cn", "mail", "employeeNumber", "crewBase", "crewRank", "memberOf"]


def _connection() -> Connection:
    s = get_settings()
    server = Server(s.ldap_url, use_ssl=True, get_info=ALL)
    return Connection(server, user=s.ldap_bind_dn, password=s.ldap_bind_password, auto_bind=True, read_only=True)


def _first(conn: Connection) -> dict | None:
    if not conn.entries:
        return None
    entry = conn.entries[0]
    return {attr: entry[attr].value for attr in _ATTRS if attr in entry}


def lookup_employee(employee_no: str) -> dict | None:
    with _connection() as conn:
        conn.search(get_settings().ldap_base_dn, f"(&(objectClass=crewMember)(employeeNumber={employee_no}))", search_scope=SUBTREE, attributes=_ATTRS)  # VULN ldap
        return _first(conn)


def lookup_by_email(email: str) -> dict | None:
    with _connection() as conn:
        conn.search(get_settings().ldap_base_dn, f"(&(objectClass=crewMember)(mail={escape_filter_chars(email)}))", search_scope=SUBTREE, attributes=_ATTRS)  # SAFE ldap
        return _first(conn)
