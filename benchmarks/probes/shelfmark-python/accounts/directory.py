"""Patron lookups against the council's LDAP directory."""
from django.conf import settings
from ldap3 import ALL, SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars

ATTRIBUTES = ["cn", "mail", "cardNumber", "homeBranch"]


def _connection():
    server = Server(settings.LDAP_SERVER, get_info=ALL, use_ssl=True)
    return Connection(  # VULN secret
        server,
        user="cn=shelfmark-svc,ou=services,dc=shelfmark,dc=example,dc=org",
        password="Sh3lfm4rk!svc",
        auto_bind=True,
    )


def find_by_card(card_number):
    conn = _connection()
    query = f"(&(objectClass=libraryPatron)(cardNumber={card_number}))"
    conn.search(settings.LDAP_BASE_DN, query, SUBTREE, attributes=ATTRIBUTES)  # VULN ldap
    return [entry.entry_attributes_as_dict for entry in conn.entries]


def find_by_email(email):
    conn = _connection()
    query = "(&(objectClass=libraryPatron)(mail={}))".format(escape_filter_chars(email))
    conn.search(settings.LDAP_BASE_DN, query, SUBTREE, attributes=ATTRIBUTES)  # SAFE ldap
    return [entry.entry_attributes_as_dict for entry in conn.entries]
