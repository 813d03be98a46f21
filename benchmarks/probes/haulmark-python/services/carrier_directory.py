from django.conf import settings
from ldap3 import SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars

CONTACT_ATTRS = ["cn", "mail", "telephoneNumber", "hmRole", "hmMcNumber"]


class CarrierDirectory:
    """Carrier contacts are provisioned into the corporate directory during onboarding."""

    def __init__(self):
        self.server = Server(settings.LDAP_URL, use_ssl=True, connect_timeout=5)

    def _bind(self):
        return Connection(self.server, user=settings.LDAP_BIND_DN, password=settings.LDAP_BIND_PASSWORD, auto_bind=True, read_only=True)

    def dispatchers_for(self, mc_number):
        search_filter = f"(&(objectClass=hmCarrierContact)(hmRole=dispatcher)(hmMcNumber={mc_number}))"
        with self._bind() as conn:
            conn.search(settings.LDAP_CARRIER_BASE, search_filter, SUBTREE, attributes=CONTACT_ATTRS)  # VULN ldap
            return [e.entry_attributes_as_dict for e in conn.entries]

    def find_contact(self, email):
        search_filter = "(&(objectClass=hmCarrierContact)(mail=%s))" % escape_filter_chars(email.strip())
        with self._bind() as conn:
            conn.search(settings.LDAP_CARRIER_BASE, search_filter, SUBTREE, attributes=CONTACT_ATTRS, size_limit=1)  # SAFE ldap
            return conn.entries[0].entry_attributes_as_dict if conn.entries else None
