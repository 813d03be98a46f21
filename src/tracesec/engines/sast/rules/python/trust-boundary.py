# mypy: ignore-errors
import re

from django.shortcuts import render
from flask import Flask, abort, request, session

app = Flask(__name__)
PLANS = {"free", "team"}
USERNAME = re.compile(r"^[a-z0-9_]{3,32}$")


@app.route("/remember", methods=["POST"])
def remember():
    # ruleid: trace.python.trust-boundary.tainted-session-value
    session["userid"] = request.form["userid"]
    key = request.cookies.get("pref")
    # ruleid: trace.python.trust-boundary.tainted-session-value
    session[key] = True
    # ok: trace.python.trust-boundary.tainted-session-value
    session["visits"] = session.get("visits", 0) + 1
    return "ok"


@app.route("/login", methods=["POST"])
def login():
    visitor = bookings.authenticate(request.form["email"], request.form["password"])
    # a field of the record a service found: the server's own
    # ok: trace.python.trust-boundary.tainted-session-value
    session["visitor_id"] = visitor.id
    form = request.form
    # ruleid: trace.python.trust-boundary.tainted-session-value
    session["next"] = form.get("next")
    parsed = urlparse(request.args["back"])
    # ruleid: trace.python.trust-boundary.tainted-session-value
    session["back_path"] = parsed.path
    param = request.args.get("userid")
    first = param.split(" ")[0]
    # ruleid: trace.python.trust-boundary.tainted-session-value
    session["userid"] = first
    conf = configparser.ConfigParser()
    conf.add_section("s")
    conf.set("s", "k", request.form["key"])
    # ruleid: trace.python.trust-boundary.tainted-session-value
    session[conf.get("s", "k")] = "12345"
    split = urllib.parse.urlsplit(request.args["back"])
    # ruleid: trace.python.trust-boundary.tainted-session-value
    session["back_query"] = split.query
    return "ok"


@app.route("/plan", methods=["POST"])
def plan():
    chosen = request.form.get("plan")
    if chosen not in PLANS:
        abort(400)
    # ok: trace.python.trust-boundary.tainted-session-value
    session["plan"] = chosen
    name = request.form.get("name", "")
    if not USERNAME.fullmatch(name):
        abort(400)
    # ok: trace.python.trust-boundary.tainted-session-value
    session["name"] = name
    return "ok"


def django_view(request):
    # ruleid: trace.python.trust-boundary.tainted-session-value
    request.session["theme"] = request.GET["theme"]
    # ok: trace.python.trust-boundary.tainted-session-value
    request.session["page"] = int(request.GET["page"])
    return render(request, "x.html")
