# mypy: ignore-errors
import base64
import hmac
import json
import pickle
import socket

import requests
import yaml
from flask import Flask, request

app = Flask(__name__)


def load_config(text):
    # ruleid: trace.python.deserialization.unsafe-yaml-load
    cfg = yaml.load(text)
    # ruleid: trace.python.deserialization.unsafe-yaml-load
    cfg2 = yaml.load(text, Loader=yaml.Loader)
    # ruleid: trace.python.deserialization.unsafe-yaml-load
    cfg3 = yaml.unsafe_load(text)
    # ok: trace.python.deserialization.unsafe-yaml-load
    cfg4 = yaml.safe_load(text)
    # ok: trace.python.deserialization.unsafe-yaml-load
    cfg5 = yaml.load(text, Loader=yaml.SafeLoader)
    # ok: trace.python.deserialization.unsafe-yaml-load
    cfg6 = yaml.load(text, Loader=yaml.CSafeLoader)
    return cfg, cfg2, cfg3, cfg4, cfg5, cfg6


def serve(port):
    sock = socket.socket()
    sock.bind(("127.0.0.1", port))
    sock.listen()
    conn, _ = sock.accept()
    data = conn.recv(65536)
    # ruleid: trace.python.deserialization.untrusted-pickle
    job = pickle.loads(data)
    # ok: trace.python.deserialization.untrusted-pickle
    job2 = json.loads(data)
    return job, job2


def fetch_state(url):
    resp = requests.get(url, timeout=10)
    # ruleid: trace.python.deserialization.untrusted-pickle
    return pickle.loads(resp.content)


@app.route("/restore", methods=["POST"])
def restore():
    # ruleid: trace.python.deserialization.untrusted-pickle
    state = pickle.loads(request.get_data())
    return str(state)


def warm_cache(path):
    # Local file written by this program: not flagged by the taint rule.
    with open(path, "rb") as handle:
        # ok: trace.python.deserialization.untrusted-pickle
        return pickle.load(handle)


@app.route("/drafts", methods=["PUT"])
def restore_draft():
    encoded, _, mac = request.get_data().rpartition(b".")
    blob = base64.urlsafe_b64decode(encoded)
    if not hmac.compare_digest(hmac.new(KEY, blob, "sha256").hexdigest().encode(), mac):
        raise ValueError("draft signature mismatch")
    # ok: trace.python.deserialization.untrusted-pickle
    return pickle.loads(blob)


@app.route("/drafts/unsigned", methods=["PUT"])
def restore_unsigned_draft():
    encoded, _, mac = request.get_data().rpartition(b".")
    blob = base64.urlsafe_b64decode(encoded)
    if not hmac.compare_digest(mac, mac):
        raise ValueError("never")
    # ruleid: trace.python.deserialization.untrusted-pickle
    return pickle.loads(blob)
