# mypy: ignore-errors
import os
import re
from urllib.parse import urlparse

from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from flask import Flask, abort, redirect, request, url_for

app = Flask(__name__)
ALLOWED = {"/home", "/account"}


@app.route("/login")
def login():
    nxt = request.args.get("next")
    # ruleid: trace.python.open-redirect.tainted-redirect
    return redirect(nxt)


@app.route("/login2")
def login2():
    nxt = request.args.get("next", "/")
    if nxt in ALLOWED:
        # ok: trace.python.open-redirect.tainted-redirect
        return redirect(nxt)
    # ok: trace.python.open-redirect.tainted-redirect
    return redirect(url_for("index"))


@app.route("/login3")
def login3():
    # ok: trace.python.open-redirect.tainted-redirect
    return redirect("https://shop.example.com/" + request.args.get("page", ""))


def django_login(request):
    target = request.GET.get("next", "/")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        # ok: trace.python.open-redirect.tainted-redirect
        return HttpResponseRedirect(target)
    # ruleid: trace.python.open-redirect.tainted-redirect
    return HttpResponseRedirect(request.POST["return_to"])


SAFE_NEXT = re.compile(r"^/[a-z0-9/_-]*$")


@app.route("/login4")
def login4():
    nxt = request.args.get("next", "/")
    if not SAFE_NEXT.fullmatch(nxt):
        abort(400)
    # ok: trace.python.open-redirect.tainted-redirect
    return redirect(nxt)


@app.route("/login5")
def login5():
    nxt = request.args.get("next", "/")
    if not SAFE_NEXT.fullmatch(nxt):
        app.logger.warning("odd next %s", nxt)
    # ruleid: trace.python.open-redirect.tainted-redirect
    return redirect(nxt)


@app.route("/login6")
def login6():
    nxt = request.args.get("next", "/")
    if urlparse(nxt).netloc not in {"shop.example.com"}:
        return redirect("/")
    # ok: trace.python.open-redirect.tainted-redirect
    return redirect(nxt)


@app.route("/login7")
def login7():
    nxt = request.args.get("next", "/")
    if not nxt.startswith("/"):
        # ruleid: trace.python.open-redirect.tainted-redirect
        return redirect(nxt)
    # ok: trace.python.open-redirect.tainted-redirect
    return redirect(PAGES[nxt])


@app.route("/login8")
def login8():
    nxt = request.args.get("next", "/")
    if SAFE_NEXT.fullmatch(nxt):
        # todook: trace.python.open-redirect.tainted-redirect
        return redirect(nxt)
    else:
        # ruleid: trace.python.open-redirect.tainted-redirect
        return redirect(nxt)


@app.route("/login9")
def login9():
    nxt = request.args.get("next", "/")
    if os.path.exists(nxt):
        return "?"
    # ruleid: trace.python.open-redirect.tainted-redirect
    return redirect(nxt)


@app.route("/constant-branch")
def constant_branch():
    nxt = request.args.get("next", "/")
    limit = 106
    # the condition is always true (7 * 18 + 106 = 232), so the literal is chosen
    target = "/home" if 7 * 18 + limit > 200 else nxt
    # ok: trace.python.open-redirect.tainted-redirect
    redirect(target)
    if (7 * 42) - limit > 200:
        other = "/home"
    else:
        other = nxt
    # 294 - 106 = 188: the else branch runs
    # ruleid: trace.python.open-redirect.tainted-redirect
    return redirect(other)


@app.route("/runtime-branch")
def runtime_branch():
    nxt = request.args.get("next", "/")
    target = "/home" if len(nxt) > 200 else nxt
    # ruleid: trace.python.open-redirect.tainted-redirect
    return redirect(target)


@app.route("/parsed-check")
def parsed_check():
    nxt = request.args.get("next", "/")
    parsed = urlparse(nxt)
    if parsed.netloc not in {"app.example.com"} or parsed.scheme != "https":
        abort(400)
    # ok: trace.python.open-redirect.tainted-redirect
    return redirect(nxt)


@app.route("/parsed-check-and")
def parsed_check_and():
    nxt = request.args.get("next", "/")
    parsed = urlparse(nxt)
    if parsed.netloc not in {"app.example.com"} and parsed.scheme == "https":
        abort(400)
    # ruleid: trace.python.open-redirect.tainted-redirect
    return redirect(nxt)


@app.route("/settings", methods=["POST"])
def save_settings():
    # ok: trace.python.open-redirect.tainted-redirect
    return redirect(request.full_path)


def login_done(request):
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/"
    # ok: trace.python.open-redirect.tainted-redirect
    return HttpResponseRedirect(next_url)


def logout_done(request):
    # a check named for a local target (a helper of the application's own)
    target = request.GET.get("next", "/")
    if not is_local_redirect(target):
        target = "/"
    # ok: trace.python.open-redirect.tainted-redirect
    return HttpResponseRedirect(target)


def review_done(request):
    target = request.GET.get("next", "/")
    if not links.is_approved_target(target):
        target = "/"
    # ok: trace.python.open-redirect.tainted-redirect
    return HttpResponseRedirect(target)


def oauth_done(request):
    # ok: trace.python.open-redirect.tainted-redirect
    return HttpResponseRedirect(redirects.safe_return_path(request.GET.get("return_to"), fallback="/"))


def oauth_failed(request):
    # ruleid: trace.python.open-redirect.tainted-redirect
    return HttpResponseRedirect(redirects.decoded_path(request.GET.get("return_to")))
