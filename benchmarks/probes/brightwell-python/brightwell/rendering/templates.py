"""Rendering helpers: Chameleon page templates and string.Template fragments."""
import html
import os
from string import Template

from chameleon import PageTemplate, PageTemplateLoader

from brightwell.config import BASE_DIR

_loader = PageTemplateLoader(os.path.join(str(BASE_DIR), "templates"), ".pt", auto_reload=False)

LISTING_CARD = Template(
    '<article class="listing">'
    '<h3>$title</h3>'
    '<p class="meta">$quantity $unit of $produce_type from $grower</p>'
    '<p>$description</p>'
    '</article>'
)

OFFER_ROW = Template('<li class="offer"><strong>$who</strong>: $message</li>')


def render_page(name: str, **context) -> str:
    template = _loader[name]
    return template(**context)


def listing_card(listing) -> str:
    fields = {
        "title": html.escape(listing.title),
        "quantity": html.escape(str(listing.quantity)),
        "unit": html.escape(listing.unit),
        "produce_type": html.escape(listing.produce_type),
        "grower": html.escape(listing.gardener.display_name),
        "description": html.escape(listing.description),
    }
    return LISTING_CARD.substitute(fields)  # SAFE xss


def offer_rows(offers) -> str:
    rows = []
    for offer in offers:
        rows.append(OFFER_ROW.substitute(who=html.escape(offer.offerer.display_name), message=offer.message))  # VULN xss
    return "<ul class=\"offers\">" + "".join(rows) + "</ul>"


def render_email(template: Template, **values) -> str:
    return template.safe_substitute(values)


def render_custom_text(source: str, **values) -> str:
    """Plain-text reminders written by coordinators using $placeholders."""
    return Template(source).safe_substitute(values)  # SAFE ssti


def render_newsletter(source: str, **values) -> str:
    """Newsletter bodies are authored as Chameleon markup so coordinators can loop over plots."""
    return PageTemplate(source)(**values)  # VULN ssti
