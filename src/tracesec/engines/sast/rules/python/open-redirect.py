# mypy: ignore-errors
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from flask import Flask, redirect, request, url_for

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
