"""Endpoints behind the embeddable "my garden" widget (cookie authenticated)."""
from blacksheep import Cookie, FromJSON, Request, json
from blacksheep.cookies import CookieSameSiteMode
from blacksheep.exceptions import Unauthorized

from brightwell.api.auth import API_COOKIE, require_gardener
from brightwell.api.routing import router
from brightwell.api.schemas import LoginPayload
from brightwell.models import ExchangeOffer, Listing
from brightwell.security.tokens import issue_api_token
from brightwell.services import account_service, booking_service


@router.get("/embed/my-garden")
async def my_garden(request: Request):
    gardener = require_gardener(request)
    season = int((request.query.get("season") or ["2024"])[0])
    bookings = booking_service.my_bookings(gardener.id, season)
    offers = (ExchangeOffer.select().join(Listing)
              .where((Listing.gardener == gardener) & (ExchangeOffer.status == "accepted")))
    return json({
        "gardener": gardener.display_name,
        "email": gardener.email,
        "bookings": [{"plot": b.plot.code, "status": b.status, "start": b.start_date.isoformat()} for b in bookings],
        "pickups": [{"listing": o.listing.title, "code": o.pickup_code} for o in offers],
    })


@router.post("/api/session")
async def create_session(body: FromJSON[LoginPayload]):
    gardener = account_service.authenticate(body.value.username, body.value.password)
    if gardener is None:
        raise Unauthorized()
    token = issue_api_token(gardener.id, gardener.role)
    response = json({"token": token, "gardener": gardener.id})
    response.set_cookie(Cookie(API_COOKIE, token, http_only=True, secure=True, same_site=CookieSameSiteMode.NONE, max_age=3600))
    return response
