"""Produce exchange and seed catalogue endpoints."""
from blacksheep import FromJSON, FromQuery, Request, json
from blacksheep.exceptions import BadRequest, NotFound

from brightwell.api.auth import require_coordinator, require_gardener
from brightwell.api.routing import router
from brightwell.api.schemas import ListingPayload, OfferPayload
from brightwell.dto import ListingDraft, OfferDraft
from brightwell.services import catalogue_service, exchange_service, media_service

MAX_ARCHIVE_BYTES = 25 * 1024 * 1024


def _listing_json(listing) -> dict:
    return {
        "id": listing.id,
        "title": listing.title,
        "description": listing.description,
        "produce_type": listing.produce_type,
        "quantity": str(listing.quantity),
        "unit": listing.unit,
        "photo": f"/photos/{listing.photo_name}" if listing.photo_name else None,
        "grower": listing.gardener.display_name,
    }


@router.get("/api/listings")
async def search_listings(request: Request):
    term = (request.query.get("q") or [None])[0]
    produce_type = (request.query.get("type") or [None])[0]
    return json([_listing_json(l) for l in exchange_service.search(term, produce_type)])


@router.post("/api/listings")
async def create_listing(request: Request, body: FromJSON[ListingPayload]):
    gardener = require_gardener(request)
    payload = body.value
    draft = ListingDraft(
        title=payload.title,
        description=payload.description,
        produce_type=payload.produce_type,
        quantity=payload.quantity,
        unit=payload.unit,
        photo_url=payload.photo_url,
    )
    try:
        listing = exchange_service.create_listing(gardener, draft)
    except (exchange_service.ExchangeError, media_service.MediaError) as exc:
        raise BadRequest(str(exc))
    return json(_listing_json(listing), status=201)


@router.post("/api/listings/{listing_id}/offers")
async def create_offer(request: Request, listing_id: int, body: FromJSON[OfferPayload]):
    gardener = require_gardener(request)
    try:
        offer = exchange_service.make_offer(gardener, OfferDraft(listing_id=listing_id, message=body.value.message))
    except exchange_service.ExchangeError as exc:
        raise BadRequest(str(exc))
    return json({"offer": offer.id, "status": offer.status}, status=201)


@router.post("/api/seeds/search")
async def search_partner_catalogue(request: Request, variety: FromQuery[str]):
    require_gardener(request)
    document = await request.read()
    if not document:
        raise BadRequest("catalogue XML required")
    try:
        tree = catalogue_service.parse_partner_catalogue(document)
    except catalogue_service.CatalogueError as exc:
        raise BadRequest(str(exc))
    return json(catalogue_service.find_by_variety(tree, variety.value))


@router.get("/api/seeds/family")
async def seeds_by_family(family: FromQuery[str]):
    tree = catalogue_service.load_official_catalogue()
    return json(catalogue_service.find_by_family(tree, family.value))


@router.post("/api/exchange/feed")
async def import_neighbour_feed(request: Request):
    require_gardener(request)
    document = await request.read()
    return json(catalogue_service.parse_exchange_feed(document))


@router.post("/api/sites/{slug}/seed-library")
async def upload_seed_library(request: Request, slug: str):
    require_coordinator(request)
    archive = await request.read()
    if not archive or len(archive) > MAX_ARCHIVE_BYTES:
        raise BadRequest("archive missing or too large")
    try:
        written = media_service.unpack_seed_library(archive, slug)
    except media_service.PathEscape:
        raise NotFound()
    return json({"site": slug, "files": written})
