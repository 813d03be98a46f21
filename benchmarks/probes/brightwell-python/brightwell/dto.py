"""Plain data carriers passed between the HTTP layers and the services."""
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import List, Optional


@dataclass
class PlotSearch:
    site: Optional[str] = None
    soil: Optional[str] = None
    min_size: Optional[Decimal] = None
    sort: str = "code"
    limit: int = 50


@dataclass
class BookingRequest:
    plot_code: str
    gardener_id: int
    season: int
    start_date: dt.date
    end_date: dt.date
    notes: str = ""


@dataclass
class ListingDraft:
    title: str
    description: str
    produce_type: str
    quantity: Decimal
    unit: str = "kg"
    photo_url: Optional[str] = None


@dataclass
class OfferDraft:
    listing_id: int
    message: str = ""


@dataclass
class WebhookRegistration:
    target_url: str
    event: str = "listing.created"


@dataclass
class ExportRequest:
    site_slug: str
    label: str
    fmt: str = "pdf"
    paper: str = "A4"


@dataclass
class FeeRuleUpdate:
    site_slug: str
    expression: str


@dataclass
class NewsletterDraft:
    site_slug: str
    subject: str
    template_source: str


@dataclass
class SeedQuery:
    variety: Optional[str] = None
    family: Optional[str] = None
    tags: List[str] = field(default_factory=list)


@dataclass
class CalendarQuery:
    site_id: str
    month: str
