"""Produce exchange: listings, offers and pickups."""
from decimal import Decimal, InvalidOperation

from brightwell.dto import ListingDraft, OfferDraft
from brightwell.models import ExchangeOffer, Gardener
from brightwell.repositories import listing_repo
from brightwell.security.tokens import new_pickup_code
from brightwell.services import media_service


class ExchangeError(Exception):
    pass


def _quantity(raw) -> Decimal:
    try:
        value = Decimal(str(raw))
    except InvalidOperation as exc:
        raise ExchangeError("quantity must be a number") from exc
    if value <= 0:
        raise ExchangeError("quantity must be positive")
    return value


def create_listing(gardener: Gardener, draft: ListingDraft, upload_name=None, upload_stream=None):
    if draft.produce_type not in listing_repo.PRODUCE_TYPES:
        raise ExchangeError("unknown produce type")
    photo_name = None
    if upload_name and upload_stream is not None:
        photo_name = media_service.store_listing_photo(upload_name, upload_stream, gardener.id)
    elif draft.photo_url:
        photo_name = media_service.fetch_remote_photo(draft.photo_url, gardener.id)
    listing = listing_repo.create(
        gardener,
        title=draft.title.strip()[:120],
        description=draft.description.strip(),
        produce_type=draft.produce_type,
        quantity=_quantity(draft.quantity),
        unit=draft.unit,
        photo_name=photo_name,
    )
    from brightwell.tasks.jobs import notify_listing_webhooks, process_listing_photo

    if photo_name:
        process_listing_photo(listing.id)
    notify_listing_webhooks(listing.id)
    return listing


def search(term, produce_type):
    if produce_type and produce_type not in listing_repo.PRODUCE_TYPES:
        produce_type = None
    return listing_repo.search(term, produce_type)


def make_offer(gardener: Gardener, draft: OfferDraft) -> ExchangeOffer:
    listing = listing_repo.get(draft.listing_id)
    if listing is None or listing.status != "open":
        raise ExchangeError("listing is no longer available")
    if listing.gardener_id == gardener.id:
        raise ExchangeError("you cannot make an offer on your own listing")
    return ExchangeOffer.create(listing=listing, offerer=gardener, message=draft.message[:2000])


def accept_offer(owner: Gardener, offer_id: int) -> ExchangeOffer:
    offer = ExchangeOffer.get_or_none(ExchangeOffer.id == offer_id)
    if offer is None or offer.listing.gardener_id != owner.id:
        raise ExchangeError("offer not found")
    offer.status = "accepted"
    offer.pickup_code = new_pickup_code()
    offer.save()
    listing_repo.close(offer.listing)
    return offer
