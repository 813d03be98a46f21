# mypy: ignore-errors
from flask import Flask, make_response

app = Flask(__name__)
# ruleid: trace.python.cookie.insecure-cookie
app.config["SESSION_COOKIE_SECURE"] = False
# ruleid: trace.python.cookie.insecure-cookie
SESSION_COOKIE_SECURE = False


@app.route("/prefs")
def prefs():
    resp = make_response("saved")
    # ruleid: trace.python.cookie.insecure-cookie
    resp.set_cookie("theme", "dark", secure=False, httponly=True)
    # ok: trace.python.cookie.insecure-cookie
    resp.set_cookie("session", "abc", secure=True, httponly=True, samesite="Lax")
    return resp
