"""Ops support admin tool: crew search, roster archives, backups and config import."""
import hmac
import os
import re
import sqlite3
import subprocess

import yaml
from bottle import Bottle, abort, auth_basic, request, run

app = Bottle()

DB_PATH = os.environ.get("CREWLINE_ADMIN_DB", "/var/lib/crewline/admin.sqlite3")
BACKUP_DATABASES = {"crewline", "crewline_training", "crewline_audit"}
MONTH_RE = re.compile(r"\d{4}-\d{2}")
CONFIG_SECTIONS = {"duty_limits", "bases", "standby_windows", "notification_rules"}


def _check_admin(user: str, password: str) -> bool:
    expected_user = os.environ.get("CREWLINE_ADMIN_USER", "")
    expected_password = os.environ.get("CREWLINE_ADMIN_PASSWORD", "")
    if not expected_user or not expected_password:
        return False
    return hmac.compare_digest(user, expected_user) and hmac.compare_digest(password, expected_password)


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


@app.post("/admin/crew/search")
@auth_basic(_check_admin)
def crew_search():
    surname = request.forms.get("surname", "")
    with _db() as conn:
        rows = conn.execute("SELECT employee_no, first_name, last_name, home_base FROM crew_member WHERE last_name LIKE '%s%%' ORDER BY last_name" % surname).fetchall()  # VULN sqli
    return {"results": [dict(r) for r in rows]}


@app.post("/admin/rosters/archive")
@auth_basic(_check_admin)
def archive_month():
    month = request.forms.get("month", "")
    if not MONTH_RE.match(month):
        abort(400, "month must be YYYY-MM")
    rc = os.system(f"tar czf /var/backups/crewline/roster-{month}.tgz -C /srv/crewline/rosters {month}")  # VULN cmdi
    return {"month": month, "status": "ok" if rc == 0 else "failed"}


@app.post("/admin/backup")
@auth_basic(_check_admin)
def backup():
    database = request.forms.get("database", "")
    if database not in BACKUP_DATABASES:
        abort(400, "unknown database")
    result = subprocess.run(f"pg_dump --format=custom --file=/var/backups/crewline/{database}.dump {database}", shell=True, capture_output=True, text=True, timeout=900)  # SAFE cmdi
    return {"database": database, "status": "ok" if result.returncode == 0 else result.stderr[-400:]}


@app.post("/admin/config/import")
@auth_basic(_check_admin)
def import_config():
    upload = request.files.get("config")
    if upload is None:
        abort(400, "config file required")
    data = yaml.safe_load(upload.file)  # SAFE deser
    if not isinstance(data, dict):
        abort(422, "config must be a mapping")
    unknown = set(data) - CONFIG_SECTIONS
    if unknown:
        abort(422, f"unknown sections: {', '.join(sorted(unknown))}")
    with _db() as conn:
        for section, body in data.items():
            conn.execute("INSERT OR REPLACE INTO ops_config (section, body) VALUES (?, ?)", (section, yaml.safe_dump(body)))
    return {"imported": sorted(data)}


if __name__ == "__main__":
    run(app, host="127.0.0.1", port=int(os.environ.get("CREWLINE_ADMIN_PORT", "8090")))
