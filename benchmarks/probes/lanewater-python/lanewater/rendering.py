"""Chameleon page-template rendering for HTML pages, e-mails and PDF sources."""
from chameleon import PageTemplate, PageTemplateLoader

from lanewater import conf

_loader = PageTemplateLoader([str(conf.TEMPLATE_DIR)], auto_reload=conf.DEBUG, default_extension=".pt", encoding="utf-8")

PAGES = frozenset({"timetable", "class_detail", "roster", "booking_receipt", "certificate"})

EMAIL_BODIES = {
    "booking_confirmed": "booking_receipt",
    "badge_awarded": "certificate",
}

DEFAULT_WELCOME = """<div xmlns:tal="http://xml.zope.org/namespaces/tal">
  <p>Hello ${swimmer_name},</p>
  <p>Welcome to <strong>${class_title}</strong> at ${pool_name}. Lessons start on ${first_lesson}.</p>
  <p>Please bring a towel, goggles and a water bottle.</p>
</div>"""


class UnknownTemplate(KeyError):
    pass


def render_page(name: str, **context) -> str:
    if name not in PAGES:
        raise UnknownTemplate(name)
    template = _loader[name]
    return template(layout=_loader["layout"], site_url=conf.PUBLIC_BASE_URL, **context)


def render_email_body(kind: str, **context) -> str:
    page = EMAIL_BODIES.get(kind)
    if page is None:
        raise UnknownTemplate(kind)
    template = _loader[page]  # SAFE ssti
    return template(layout=_loader["layout"], site_url=conf.PUBLIC_BASE_URL, **context)


_default_welcome = PageTemplate(DEFAULT_WELCOME)


def render_welcome(custom_source: str | None, **context) -> str:
    """Class welcome message; instructors may customise the wording per class."""
    if not custom_source:
        return _default_welcome(**context)
    template = PageTemplate(custom_source)  # VULN ssti
    return template(**context)
