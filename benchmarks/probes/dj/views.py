from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme

ALLOWED_NEXT = {"/", "/account", "/orders"}


def login_done(request):
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/"
    return redirect(next_url)


def logout_done(request):
    target = request.GET.get("next", "/")
    if target not in ALLOWED_NEXT:
        target = "/"
    return HttpResponseRedirect(target)


def early(request):
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect("/")
    return redirect(target)


def vuln(request):
    return redirect(request.GET.get("next", "/"))
