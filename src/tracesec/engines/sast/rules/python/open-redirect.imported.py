# mypy: ignore-errors
# Redirects of frameworks no rule names one by one, imported by name.
from blacksheep import Request, redirect
from sanic.response import redirect as sanic_redirect
from starlette.responses import RedirectResponse

from .routing import router

PARTNERS = {"cityfarms": "https://cityfarms.example/return"}


@router.get("/api/open")
async def open_in_browser(request: Request):
    target = request.query.get("to")[0]
    # ruleid: trace.python.open-redirect.tainted-redirect
    return redirect(target)


@router.get("/partner/return")
async def partner_return(request: Request):
    partner = request.query.get("partner")[0]
    # ok: trace.python.open-redirect.tainted-redirect
    return redirect(PARTNERS.get(partner, "/"))


async def sanic_back(request):
    # ruleid: trace.python.open-redirect.tainted-redirect
    return sanic_redirect(request.args.get("next", "/"))


async def starlette_back(request):
    # ruleid: trace.python.open-redirect.tainted-redirect
    return RedirectResponse(url=request.query_params["next"])
