"""Produce exchange pages."""
from bottle import HTTPError, redirect, request

from brightwell.dto import ListingDraft, OfferDraft
from brightwell.repositories import listing_repo
from brightwell.rendering.templates import listing_card, offer_rows
from brightwell.services import exchange_service, media_service
from brightwell.web.base import app, login_required, page


@app.get("/exchange")
def exchange_index():
    term = request.query.getunicode("q", "").strip()
    produce_type = request.query.get("type") or None
    listings = exchange_service.search(term or None, produce_type)
    cards = [listing_card(item) for item in listings]
    return page("site/exchange", cards=cards, term=term, produce_type=produce_type,
                produce_types=listing_repo.PRODUCE_TYPES)


@app.get("/exchange/new")
@login_required
def listing_form():
    return page("site/listing_form", produce_types=listing_repo.PRODUCE_TYPES, error=None)


@app.post("/exchange/new")
@login_required
def listing_submit():
    gardener = request.environ["brightwell.gardener"]
    draft = ListingDraft(
        title=request.forms.getunicode("title", ""),
        description=request.forms.getunicode("description", ""),
        produce_type=request.forms.get("produce_type", ""),
        quantity=request.forms.get("quantity", "0"),
        unit=request.forms.get("unit", "kg"),
        photo_url=request.forms.get("photo_url") or None,
    )
    upload = request.files.get("photo")
    try:
        listing = exchange_service.create_listing(
            gardener,
            draft,
            upload_name=upload.raw_filename if upload else None,
            upload_stream=upload.file if upload else None,
        )
    except (exchange_service.ExchangeError, media_service.MediaError) as exc:
        return page("site/listing_form", produce_types=listing_repo.PRODUCE_TYPES, error=str(exc))
    redirect(f"/exchange/{listing.id}")


@app.get("/exchange/<listing_id:int>")
def listing_detail(listing_id):
    listing = listing_repo.get(listing_id)
    if listing is None:
        raise HTTPError(404, "Listing not found")
    offers_html = offer_rows(listing_repo.offers_for(listing))
    return page("site/listing_detail", listing=listing, card=listing_card(listing), offers_html=offers_html)


@app.post("/exchange/<listing_id:int>/offers")
@login_required
def offer_submit(listing_id):
    gardener = request.environ["brightwell.gardener"]
    try:
        exchange_service.make_offer(gardener, OfferDraft(listing_id=listing_id,
                                                         message=request.forms.getunicode("message", "")))
    except exchange_service.ExchangeError as exc:
        return page("site/message", title="Offer not sent", message=str(exc))
    redirect(f"/exchange/{listing_id}")


@app.post("/exchange/offers/<offer_id:int>/accept")
@login_required
def offer_accept(offer_id):
    gardener = request.environ["brightwell.gardener"]
    try:
        offer = exchange_service.accept_offer(gardener, offer_id)
    except exchange_service.ExchangeError as exc:
        return page("site/message", title="Could not accept", message=str(exc))
    return page("site/message", title="Offer accepted",
                message=f"Share pickup code {offer.pickup_code} with {offer.offerer.display_name}.")
