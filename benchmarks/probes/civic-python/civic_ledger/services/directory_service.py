"""Staff lookups against the city LDAP directory."""
import logging

from ldap3 import ALL, SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars

from ..config import settings

log = logging.getLogger(__name__)

STAFF_ATTRIBUTES = ["uid", "cn", "mail", "departmentNumber", "title"]


def _connection() -> Connection:
    server = Server(settings.LDAP_URL, get_info=ALL, use_ssl=True)
    return Connection(server, user=settings.LDAP_BIND_DN, password=settings.LDAP_BIND_PASSWORD, auto_bind=True)  # SAFE secret


def find_inspector(username: str) -> dict | None:
    conn = _connection()
    try:
        search_filter = f"(&(objectClass=inetOrgPerson)(uid={escape_filter_chars(username)}))"
        conn.search(settings.LDAP_BASE_DN, search_filter, SUBTREE, attributes=STAFF_ATTRIBUTES)  # SAFE ldap
        if not conn.entries:
            return None
        entry = conn.entries[0]
        return {"uid": str(entry.uid), "name": str(entry.cn), "email": str(entry.mail)}
    finally:
        conn.unbind()


def staff_in_department(query: dict) -> list[dict]:
    dept = query.get("department", "")
    title = query.get("title", "*")
    search_filter = "(&(objectClass=inetOrgPerson)(departmentNumber=%s)(title=%s))" % (dept, title)
    conn = _connection()
    try:
        conn.search(settings.LDAP_BASE_DN, search_filter, SUBTREE, attributes=STAFF_ATTRIBUTES)  # VULN ldap
        return [{"uid": str(e.uid), "name": str(e.cn), "title": str(e.title)} for e in conn.entries]
    finally:
        conn.unbind()


def verify_staff_password(username: str, password: str) -> bool:
    user_dn = f"uid={escape_filter_chars(username)},{settings.LDAP_BASE_DN}"
    server = Server(settings.LDAP_URL, use_ssl=True)
    conn = Connection(server, user=user_dn, password=password)
    ok = conn.bind()
    conn.unbind()
    return bool(ok) and bool(password)
