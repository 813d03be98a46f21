# mypy: ignore-errors
import ssl

import httpx
import requests


def call(url):
    # ruleid: trace.python.tls-verification.disabled
    r = requests.get(url, verify=False, timeout=5)
    # ok: trace.python.tls-verification.disabled
    r2 = requests.get(url, timeout=5)
    # ok: trace.python.tls-verification.disabled
    r3 = requests.get(url, verify="/etc/ssl/private-ca.pem", timeout=5)
    # ruleid: trace.python.tls-verification.disabled
    client = httpx.Client(verify=False)
    session = requests.Session()
    # ruleid: trace.python.tls-verification.disabled
    session.verify = False
    return r, r2, r3, client


def contexts():
    # ruleid: trace.python.tls-verification.disabled
    ctx = ssl._create_unverified_context()
    good = ssl.create_default_context()
    # ruleid: trace.python.tls-verification.disabled
    good.check_hostname = False
    # ruleid: trace.python.tls-verification.disabled
    good.verify_mode = ssl.CERT_NONE
    # ok: trace.python.tls-verification.disabled
    good.verify_mode = ssl.CERT_REQUIRED
    return ctx, good


class CarrierClient:
    def __init__(self):
        self.session = requests.Session()

    def push(self, url, payload):
        # a session kept on the object
        # ruleid: trace.python.tls-verification.disabled
        resp = self.session.post(url, json=payload, timeout=5, verify=False)
        # ok: trace.python.tls-verification.disabled
        checked = self.session.post(url, json=payload, timeout=5, verify=True)
        # not an HTTP call
        # ok: trace.python.tls-verification.disabled
        self.signer.check(payload, verify=False)
        return resp, checked


def directory_connection(uri):
    import ldap
    import ldap3

    # ruleid: trace.python.tls-verification.disabled
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)
    conn = ldap.initialize(uri)
    # ruleid: trace.python.tls-verification.disabled
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_ALLOW)
    # ok: trace.python.tls-verification.disabled
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    # ruleid: trace.python.tls-verification.disabled
    tls = ldap3.Tls(validate=ssl.CERT_NONE)
    # ok: trace.python.tls-verification.disabled
    strict = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file="/etc/ssl/ldap-ca.pem")
    return conn, tls, strict
