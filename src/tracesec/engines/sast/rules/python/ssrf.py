# mypy: ignore-errors
import urllib.request

import httpx
import requests
from urllib.parse import urlparse

from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/fetch")
def fetch():
    url = request.args.get("url")
    # ruleid: trace.python.ssrf.tainted-url
    body = requests.get(url, timeout=5).text
    # ruleid: trace.python.ssrf.tainted-url
    page = urllib.request.urlopen(request.form["target"]).read()
    # ruleid: trace.python.ssrf.tainted-url
    requests.post("http://" + request.args["host"] + "/hook", json={}, timeout=5)
    # ok: trace.python.ssrf.tainted-url
    requests.get("https://api.example.com/users/" + request.args["id"], timeout=5)
    # ok: trace.python.ssrf.tainted-url
    requests.get(f"https://api.example.com/items/{request.args['item']}", timeout=5)
    # ok: trace.python.ssrf.tainted-url
    requests.get("https://api.example.com/search", params={"q": url}, timeout=5)
    return body + page.decode()


MIRROR_HOSTS = {"mirror.acme.example", "cdn.acme.example"}


@app.route("/webhooks/ping", methods=["POST"])
def ping():
    target = request.get_json()["target_url"]
    with httpx.Client(timeout=5.0) as client:
        # ruleid: trace.python.ssrf.tainted-url
        client.post(target, json={"event": "ping"})
        # ok: trace.python.ssrf.tainted-url
        client.get("https://status.acme.example/api")
    session = requests.Session()
    # ruleid: trace.python.ssrf.tainted-url
    session.request("GET", target)
    return "sent"


@app.route("/mirror")
def mirror():
    src = request.args.get("src", "")
    parsed = urlparse(src)
    if parsed.scheme != "https" or parsed.hostname not in MIRROR_HOSTS:
        abort(400)
    # ok: trace.python.ssrf.tainted-url
    return requests.get(src, timeout=15).content


class CatalogClient:
    def __init__(self, timeout=10):
        self.session = requests.Session()
        self.cache = {}
        self.timeout = timeout

    def mirror(self):
        target = request.args["url"]
        # ruleid: trace.python.ssrf.tainted-url
        self.session.get(target, timeout=self.timeout)
        # ok: trace.python.ssrf.tainted-url
        return self.cache.get(target)


def notam_check():
    # ok: trace.python.ssrf.tainted-url
    requests.get(urls.require_notam_url(request.args["source"]), timeout=5)
    # ruleid: trace.python.ssrf.tainted-url
    requests.get(urls.normalise_url(request.args["source"]), timeout=5)


from .clients import verified, http_pool  # urllib3 pools made in another module


@app.route("/feeds/import", methods=["POST"])
def import_feed():
    feed = request.form["url"]
    # ruleid: trace.python.ssrf.tainted-url
    verified.request("GET", feed, preload_content=False)
    # ruleid: trace.python.ssrf.tainted-url
    http_pool.urlopen("POST", feed, body=b"{}")
    # ok: trace.python.ssrf.tainted-url
    verified.request("GET", "https://feeds.example.org/v1/" + "pools.xml")
    # a method that is no HTTP verb: some other object's request()
    # ok: trace.python.ssrf.tainted-url
    scheduler.request("lane-7", feed)
    return "ok"
