import ldap
from django.conf import settings

STAFF_ATTRIBUTES = ["uid", "cn", "mail", "title", "telephoneNumber", "departmentNumber"]


def _decode(entry):
    dn, attrs = entry
    return {
        "dn": dn,
        **{key: [v.decode("utf-8") for v in values] for key, values in attrs.items()},
    }


class StaffDirectory:
    def __init__(self):
        self.conn = ldap.initialize(settings.LDAP_URI)
        self.conn.set_option(ldap.OPT_REFERRALS, 0)
        self.conn.simple_bind_s(settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD)

    def close(self):
        self.conn.unbind_s()

    def find_by_username(self, username):
        query = f"(&(objectClass=inetOrgPerson)(uid={username}))"
        results = self.conn.search_s(settings.LDAP_BASE_DN, ldap.SCOPE_SUBTREE, query, STAFF_ATTRIBUTES)  # VULN ldap
        return [_decode(e) for e in results if e[0]]

    def find_by_email(self, escaped_email):
        query = f"(&(objectClass=inetOrgPerson)(mail={escaped_email}))"
        results = self.conn.search_s(settings.LDAP_BASE_DN, ldap.SCOPE_SUBTREE, query, STAFF_ATTRIBUTES)  # SAFE ldap
        return [_decode(e) for e in results if e[0]]
