from urllib.parse import urlparse

import requests
from flask import Flask, abort, redirect, request

app = Flask(__name__)
ALLOWED_HOSTS = {"api.example.com"}


@app.route("/fetch1")
def fetch1():
    url = request.args["url"]
    parsed = urlparse(url)
    if parsed.hostname not in ALLOWED_HOSTS:
        abort(400)
    return requests.get(url).text


@app.route("/fetch2")
def fetch2():
    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        abort(400)
    return requests.get(url).text


@app.route("/fetch3")
def fetch3():
    parsed = urlparse(request.args["url"])
    if parsed.netloc not in ALLOWED_HOSTS:
        return "bad", 400
    return requests.get(parsed.geturl()).text


@app.route("/next")
def next_page():
    target = request.args.get("next", "/")
    if not target.startswith("/") or target.startswith("//"):
        target = "/"
    return redirect(target)


@app.route("/fetch-vuln")
def fetch_vuln():
    return requests.get(request.args["url"]).text
