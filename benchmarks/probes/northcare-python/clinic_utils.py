"""Shared helpers for the NorthCare clinic scheduling services."""
import hashlib
import os
import re
import sqlite3
import subprocess
from urllib.parse import urlparse, urlunparse

import requests
import yaml

DB_PATH = os.environ.get("CLINIC_DB", "/var/lib/clinic/clinic.db")
ATTACHMENT_ROOT = "/srv/clinic/attachments"
LETTER_DIR = "/srv/clinic/letters"

_PARTNER_LAB_HOSTS = frozenset({"results.citylab.example", "api.partnerpath.example"})
_SORT_COLUMNS = {"start": "start_time", "patient": "patient_name", "room": "room_no"}
_LETTER_ID = re.compile(r"^[A-Z]{2}-\d{6}$")


def get_conn():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


class AppointmentRepository:
    def __init__(self, conn):
        self.conn = conn

    def search_by_clinician(self, clinician, status=None):
        sql = "SELECT id, patient_name, start_time FROM appointments WHERE clinician = '%s'" % clinician
        if status:
            sql += " AND status = '" + status + "'"
        return [dict(r) for r in self.conn.execute(sql).fetchall()]  # VULN sqli

    def list_for_day(self, day, sort_key):
        column = _SORT_COLUMNS.get(sort_key, "start_time")
        query = f"SELECT id, patient_name, room_no FROM appointments WHERE day = ? ORDER BY {column}"
        return [dict(r) for r in self.conn.execute(query, (day,)).fetchall()]  # SAFE sqli


def build_referral_letter(letter_id, printer_queue):
    source = os.path.join(LETTER_DIR, letter_id + ".html")
    cmd = "wkhtmltopdf --quiet {} {}/{}.pdf && lp -d {} {}/{}.pdf".format(
        source, LETTER_DIR, letter_id, printer_queue, LETTER_DIR, letter_id
    )
    return subprocess.check_output(cmd, shell=True, timeout=60)  # VULN cmdi


def archive_letter(letter_id):
    if not _LETTER_ID.fullmatch(letter_id):
        raise ValueError("bad letter id")
    args = ["gzip", "-k", os.path.join(LETTER_DIR, letter_id + ".pdf")]
    return subprocess.run(args, check=True, capture_output=True)  # SAFE cmdi


def resolve_attachment(name):
    base = os.path.realpath(ATTACHMENT_ROOT)
    target = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([base, target]) != base:
        raise PermissionError(name)
    return target


def fetch_partner_lab(result_url):
    parsed = urlparse(result_url)
    if parsed.scheme != "https" or parsed.hostname not in _PARTNER_LAB_HOSTS:
        raise ValueError("lab endpoint not on the partner list")
    clean_url = urlunparse(("https", parsed.hostname, parsed.path or "/", "", parsed.query, ""))
    return requests.get(clean_url, timeout=5, allow_redirects=False).json()  # SAFE ssrf


def load_shift_template(raw_text):
    return yaml.safe_load(raw_text)  # SAFE deserialization


def fingerprint(value):
    return hashlib.sha256(value.encode("utf-8")).hexdigest()
