"""Authentication of library staff against the city directory (LDAP)."""
import logging
import ssl

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import BaseBackend
from ldap3 import ALL, SUBTREE, Connection, Server, Tls
from ldap3.utils.conv import escape_filter_chars

log = logging.getLogger(__name__)

STAFF_GROUP_DN = "cn=library-staff,ou=groups,dc=city,dc=internal"
ADMIN_GROUP_DN = "cn=library-admins,ou=groups,dc=city,dc=internal"


def _server():
    tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=settings.STAFF_LDAP_CA_FILE, version=ssl.PROTOCOL_TLS_CLIENT)  # SAFE tls
    return Server(settings.STAFF_LDAP_URI, use_ssl=True, tls=tls, get_info=ALL)


def _service_connection():
    return Connection(
        _server(),
        user=settings.STAFF_LDAP_BIND_DN,
        password=settings.STAFF_LDAP_BIND_PASSWORD,
        auto_bind=True,
        read_only=True,
    )


def find_staff_entry(conn, username):
    search_filter = f"(&(objectClass=inetOrgPerson)(uid={username})(memberOf={STAFF_GROUP_DN}))"
    conn.search(settings.STAFF_LDAP_BASE_DN, search_filter, search_scope=SUBTREE, attributes=["cn", "mail", "memberOf", "departmentNumber"])  # VULN ldap
    if len(conn.entries) != 1:
        return None
    return conn.entries[0]


def search_directory(name_fragment, limit=25):
    """Staff directory lookup for the portal's "find a colleague" box."""
    fragment = escape_filter_chars(name_fragment.strip())
    with _service_connection() as conn:
        conn.search(settings.STAFF_LDAP_BASE_DN, f"(&(objectClass=inetOrgPerson)(cn=*{fragment}*))", search_scope=SUBTREE, attributes=["cn", "mail", "telephoneNumber"], size_limit=limit)  # SAFE ldap
        return [
            {"name": str(e.cn), "email": str(e.mail), "phone": str(e.telephoneNumber)}
            for e in conn.entries
        ]


class BranchDirectoryBackend(BaseBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or not password:
            return None
        with _service_connection() as conn:
            entry = find_staff_entry(conn, username)
            if entry is None:
                return None
            user_dn = entry.entry_dn
            groups = [str(g) for g in entry.memberOf]
        try:
            Connection(_server(), user=user_dn, password=password, auto_bind=True).unbind()
        except Exception:  # noqa: BLE001 - ldap3 raises many bind error types
            log.info("staff bind failed for %s", username)
            return None
        User = get_user_model()
        user, _ = User.objects.get_or_create(username=f"staff:{username}")
        user.email = str(entry.mail)
        user.is_staff = True
        user.is_superuser = ADMIN_GROUP_DN in groups
        user.save()
        return user

    def get_user(self, user_id):
        User = get_user_model()
        try:
            return User.objects.get(pk=user_id)
        except User.DoesNotExist:
            return None
