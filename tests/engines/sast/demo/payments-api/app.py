# mypy: ignore-errors
# ruff: noqa
import hashlib
import sqlite3
import subprocess

import requests
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/payments")
def payments():
    db = sqlite3.connect("payments.db")
    cursor = db.cursor()
    pid = request.args.get("id")
    cursor.execute("SELECT * FROM payments WHERE id = '%s'" % pid)
    cursor.execute(f"SELECT * FROM refunds WHERE payment = '{pid}'")
    return "ok"


@app.route("/export", methods=["POST"])
def export():
    cmd = "tar czf /tmp/export.tgz " + request.form["dir"]
    subprocess.run(cmd, shell=True)
    config = yaml.load(request.data)
    return str(config)


def hash_password(password):
    return hashlib.md5(password.encode()).hexdigest()


def fetch_rates(url):
    return requests.get(url, verify=False, timeout=5).json()
