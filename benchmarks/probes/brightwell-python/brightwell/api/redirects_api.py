"""Link helpers used by the mobile app and partner sign-in round trips."""
from blacksheep import Request, redirect
from blacksheep.exceptions import NotFound

from brightwell.api.routing import router

PARTNER_RETURN_URLS = {
    "cityfarms": "https://cityfarms.example/brightwell/return",
    "seedsavers": "https://seedsavers.example/oauth/done",
    "foodbank": "https://foodbank.example/partners/brightwell",
}


@router.get("/api/open")
async def open_in_browser(request: Request):
    target = (request.query.get("to") or ["https://brightwell.org/"])[0]
    if "brightwell.org" not in target:
        target = "https://brightwell.org/"
    return redirect(target)  # VULN redirect


@router.get("/partner/{partner}/return")
async def partner_return(partner: str):
    target = PARTNER_RETURN_URLS.get(partner)
    if target is None:
        raise NotFound()
    return redirect(target)  # SAFE redirect
