# mypy: ignore-errors
import urllib.request

import requests
from flask import Flask, request

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
