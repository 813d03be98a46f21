"""Lookup of federation membership records in the national federation's LDAP directory."""
from dataclasses import dataclass

from flask import current_app
from ldap3 import ALL, SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars

ATTRIBUTES = ["cn", "federationId", "clubCode", "memberSince", "licenceValidUntil", "role"]


@dataclass
class FederationRecord:
    federation_id: str
    name: str
    club_code: str | None
    licence_valid_until: str | None


def _connect() -> Connection:
    cfg = current_app.config
    server = Server(cfg["LDAP_URL"], use_ssl=True, get_info=ALL)
    return Connection(server, user=cfg["LDAP_BIND_DN"], password=cfg["LDAP_BIND_PASSWORD"], auto_bind=True, read_only=True)


def _to_record(entry) -> FederationRecord:
    return FederationRecord(
        federation_id=str(entry.federationId),
        name=str(entry.cn),
        club_code=str(entry.clubCode) if entry.clubCode else None,
        licence_valid_until=str(entry.licenceValidUntil) if entry.licenceValidUntil else None,
    )


def lookup_member(federation_id: str, surname: str) -> list[FederationRecord]:
    search_filter = f"(&(objectClass=orienteer)(federationId={federation_id})(sn={escape_filter_chars(surname)}))"
    with _connect() as conn:
        conn.search(current_app.config["LDAP_BASE_DN"], search_filter, search_scope=SUBTREE, attributes=ATTRIBUTES)  # VULN ldap
        return [_to_record(e) for e in conn.entries]


def club_officers(club_code: str) -> list[FederationRecord]:
    search_filter = f"(&(objectClass=orienteer)(clubCode={escape_filter_chars(club_code)})(role=officer))"
    with _connect() as conn:
        conn.search(current_app.config["LDAP_BASE_DN"], search_filter, search_scope=SUBTREE, attributes=ATTRIBUTES)  # SAFE ldap
        return [_to_record(e) for e in conn.entries]
