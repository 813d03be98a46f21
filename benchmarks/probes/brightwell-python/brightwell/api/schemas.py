"""Request bodies accepted by the JSON API (bound with FromJSON)."""
from dataclasses import dataclass
from typing import List, Optional


@dataclass
class LoginPayload:
    username: str
    password: str


@dataclass
class ListingPayload:
    title: str
    description: str
    produce_type: str
    quantity: str
    unit: str = "kg"
    photo_url: Optional[str] = None


@dataclass
class WebhookPayload:
    target_url: str
    event: str = "listing.created"


@dataclass
class AvatarPayload:
    url: str


@dataclass
class FeeRulePayload:
    expression: str


@dataclass
class NewsletterPayload:
    site: str
    subject: str
    body: str


@dataclass
class ReminderPayload:
    site: str
    text: str


@dataclass
class BedDimensionsPayload:
    plot_code: str
    dimensions: str


@dataclass
class ConvertPayload:
    source_name: str
    sheet_title: str = "Harvest"


@dataclass
class OfferPayload:
    message: str = ""


@dataclass
class TagFilter:
    tags: List[str]
