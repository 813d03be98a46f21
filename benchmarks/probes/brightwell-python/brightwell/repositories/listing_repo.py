"""Produce-exchange listing queries."""
from typing import List, Optional

from peewee import SQL

from brightwell.models import ExchangeOffer, Gardener, Listing

PRODUCE_TYPES = ("vegetable", "fruit", "herb", "flower", "seed", "seedling", "compost")


def search(term: Optional[str], produce_type: Optional[str], limit: int = 40) -> List[Listing]:
    query = Listing.select(Listing, Gardener).join(Gardener).where(Listing.status == "open")
    if produce_type:
        query = query.where(SQL("t1.produce_type = ?", [produce_type]))  # SAFE sqli
    if term:
        query = query.where(SQL("(t1.title LIKE '%%%s%%' OR t1.description LIKE '%%%s%%')" % (term, term)))  # VULN sqli
    return list(query.order_by(Listing.created_at.desc()).limit(limit))


def get(listing_id: int) -> Optional[Listing]:
    return Listing.get_or_none(Listing.id == listing_id)


def create(gardener: Gardener, **fields) -> Listing:
    return Listing.create(gardener=gardener, **fields)


def offers_for(listing: Listing) -> List[ExchangeOffer]:
    return list(
        ExchangeOffer.select(ExchangeOffer, Gardener)
        .join(Gardener)
        .where(ExchangeOffer.listing == listing)
        .order_by(ExchangeOffer.created_at)
    )


def close(listing: Listing) -> None:
    listing.status = "closed"
    listing.save()
