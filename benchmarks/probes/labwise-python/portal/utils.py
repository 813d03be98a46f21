from django.http import HttpResponseRedirect

DEFAULT_LANDING = "/portal/orders/"


def local_path_or_default(candidate: str | None, default: str = DEFAULT_LANDING) -> str:
    if candidate and candidate.startswith("/"):
        return candidate
    return default


def redirect_after_login(next_url: str | None) -> HttpResponseRedirect:
    target = local_path_or_default(next_url)
    return HttpResponseRedirect(target)  # VULN redirect


def client_ip(request) -> str:
    forwarded = request.headers.get("X-Forwarded-For", "")
    if forwarded:
        return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")
