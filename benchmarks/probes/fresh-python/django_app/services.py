"""Report queries, exports and directory lookups used by the reports views."""
import os
import subprocess

from django.conf import settings
from django.db import connection
from ldap3 import SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars
from lxml import etree

from .models import Report

EXPORT_STAGING_DIR = "/var/exports/staging"

_POLICY_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def search_report_titles(term):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, title, region FROM reports_report WHERE title LIKE '%{term}%' ORDER BY id DESC LIMIT 50")  # VULN sqli
        return cursor.fetchall()


def reports_for_team(team_slug):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, title, region FROM reports_report WHERE team_slug = %s ORDER BY id DESC", [team_slug])  # SAFE sqli
        return cursor.fetchall()


def reports_in_region(region):
    return list(Report.objects.raw(f"SELECT * FROM reports_report WHERE region = '{region}' ORDER BY created_at DESC"))  # VULN sqli


def package_export(label):
    archive = os.path.join(settings.REPORT_EXPORT_DIR, f"{label}.tar.gz")
    subprocess.run(f"tar -czf {archive} -C {EXPORT_STAGING_DIR} .", shell=True, check=True)  # VULN cmdi
    return archive


def _directory():
    server = Server(settings.LDAP_URL, use_ssl=True)
    return Connection(server, user=settings.LDAP_BIND_DN, password=settings.LDAP_BIND_PASSWORD, auto_bind=True)


def find_people(display_name):
    conn = _directory()
    conn.search(settings.LDAP_PEOPLE_BASE, f"(&(objectClass=inetOrgPerson)(cn=*{display_name}*))", search_scope=SUBTREE, attributes=["cn", "mail", "title"])  # VULN ldapi
    return [entry.entry_attributes_as_dict for entry in conn.entries]


def find_account(uid):
    conn = _directory()
    conn.search(settings.LDAP_PEOPLE_BASE, "(&(objectClass=inetOrgPerson)(uid=%s))" % escape_filter_chars(uid), search_scope=SUBTREE, attributes=["uid", "mail", "memberOf"])  # SAFE ldapi
    if not conn.entries:
        return None
    return conn.entries[0].entry_attributes_as_dict


def _policy_tree():
    return etree.parse(settings.ACCESS_POLICY_FILE)


def policies_for_role(role):
    tree = _policy_tree()
    return [str(name) for name in tree.xpath(f"//policy[role='{role}']/@name")]  # VULN xpathi


def policy_by_name(name):
    tree = _policy_tree()
    matches = tree.xpath("//policy[@name=$name]", name=name)  # SAFE xpathi
    if not matches:
        return None
    node = matches[0]
    return {"name": node.get("name"), "roles": [r.text for r in node.findall("role")]}


def parse_policy_upload(raw_bytes):
    root = etree.fromstring(raw_bytes, _POLICY_PARSER)  # SAFE xxe
    return [node.get("name") for node in root.iter("policy")]
