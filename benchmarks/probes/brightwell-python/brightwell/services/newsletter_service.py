"""Site newsletters written by coordinators and mailed by the workers."""
from brightwell.dto import NewsletterDraft
from brightwell.models import Gardener, Newsletter, Plot, Site
from brightwell.rendering.templates import render_custom_text, render_newsletter


class NewsletterError(Exception):
    pass


def save_draft(author: Gardener, draft: NewsletterDraft) -> Newsletter:
    if author.role not in {"coordinator", "admin"}:
        raise NewsletterError("only coordinators can write newsletters")
    site = Site.get_or_none(Site.slug == draft.site_slug)
    if site is None:
        raise NewsletterError("unknown site")
    return Newsletter.create(site=site, subject=draft.subject[:140],
                             template_source=draft.template_source, author=author)


def preview(newsletter: Newsletter, recipient: Gardener) -> str:
    plots = list(Plot.select().where(Plot.site == newsletter.site).order_by(Plot.code))
    return render_newsletter(newsletter.template_source, site=newsletter.site,
                             recipient=recipient, plots=plots)


def reminder_text(source: str, recipient: Gardener, site: Site) -> str:
    return render_custom_text(source, name=recipient.display_name, site=site.name)


def recipients(newsletter: Newsletter):
    return list(Gardener.select().where(
        (Gardener.home_site == newsletter.site) & (Gardener.is_active == True)  # noqa: E712
    ))
