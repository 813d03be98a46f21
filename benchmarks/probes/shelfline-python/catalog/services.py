import logging
import re

from . import repositories
from .models import Branch

log = logging.getLogger(__name__)

_ISBN_CLEAN = re.compile(r"[\s-]")
MAX_RESULTS = 200


class CatalogError(Exception):
    pass


def normalise_isbn(raw):
    return _ISBN_CLEAN.sub("", raw or "").upper()


def keyword_search(term, fmt=None, limit=50):
    """Keyword search used by the OPAC and the staff portal search box."""
    term = term.strip()
    if len(term) < 2:
        raise CatalogError("search term too short")
    limit = min(int(limit), MAX_RESULTS)
    titles = repositories.search_titles_by_keyword(term, fmt=fmt, limit=limit)
    counts = repositories.circulation_counts([t.id for t in titles])
    for t in titles:
        t.popularity = counts.get(t.id, 0)
    log.info("keyword search %r returned %d rows", term, len(titles))
    return titles


def lookup_isbn(isbn):
    return repositories.find_titles_by_isbn(normalise_isbn(isbn))


def shelf_list(branch_code, call_prefix):
    if not Branch.objects.filter(code=branch_code).exists():
        raise CatalogError("unknown branch")
    # call numbers are stored upper-case (e.g. "FIC SMI", "641.5 JON")
    return repositories.copies_on_shelf_range(branch_code, call_prefix.upper())


def weeding_candidates(branch_code, years):
    years = int(years)
    if years < 3:
        raise CatalogError("weeding threshold must be at least three years")
    return repositories.weeding_candidates(branch_code, years)
