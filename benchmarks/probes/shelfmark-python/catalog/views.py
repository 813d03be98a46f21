import ast
import json
import uuid
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.generic import DetailView

from common.files import read_slip
from common.html import branch_label, patron_badge

from .models import Book, Branch
from .repositories import BookRepository
from .services.opac import holdings_by_branch, holdings_by_isbn
from .services.search import CatalogSearchService, SearchRequest

DAILY_FINE = Decimal("0.25")
SEARCH_TIP_HTML = 'Tip: put a phrase in quotes, e.g. <code>"north and south"</code>.'


def search(request):
    term = request.GET.get("q", "").strip()
    mode = request.GET.get("mode", "title")
    if not term:
        return HttpResponse("<p>Type a title or author to search the catalogue.</p>")
    results = CatalogSearchService().run(SearchRequest(term=term, mode=mode))
    if not results:
        return HttpResponse(f"<p>No matches for <em>{term}</em>. Try a shorter phrase.</p>")  # VULN xss
    return render(
        request,
        "catalog/search_results.html",
        {"results": results, "term": term, "search_tip": SEARCH_TIP_HTML},
    )


class BookDetailView(DetailView):
    model = Book
    template_name = "catalog/book_detail.html"
    context_object_name = "book"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["highlight"] = self.request.GET.get("highlight", "")
        ctx["staff_banner"] = settings.STAFF_BANNER_HTML
        ctx["branch_tag"] = branch_label(self.object.branch.name, self.object.branch.code)
        if self.request.user.is_authenticated:
            tier = self.request.COOKIES.get("tier", "standard")
            shown_as = self.request.COOKIES.get("sm_nickname") or self.request.user.get_full_name()
            ctx["badge"] = patron_badge(shown_as, tier)
        return ctx


def shelf_listing(request, branch):
    order = request.GET.get("order", "title")
    books = BookRepository().shelf(branch, order)
    return render(request, "catalog/shelf.html", {"books": books, "branch": branch})


def fine_estimate(request):
    """Estimate fines for a list of (days_late, copies) pairs sent by the kiosk."""
    raw_pairs = request.GET.get("pairs", "[]")
    pairs = ast.literal_eval(raw_pairs)  # SAFE code
    total = sum(Decimal(days) * DAILY_FINE * copies for days, copies in pairs)
    adjust = request.GET.get("adjust")
    if adjust:
        total = eval(adjust, {"__builtins__": {}}, {"total": total, "Decimal": Decimal})  # VULN code
    return JsonResponse({"estimate": str(total), "as_of": date.today().isoformat()})


def download_slip(request, filename):
    if not request.user.is_authenticated:
        raise Http404
    payload = read_slip(filename)
    response = HttpResponse(payload, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def cover_image(request, cover_id):
    cover_key = uuid.UUID(str(cover_id)).hex
    cover_file = settings.MEDIA_ROOT / "covers" / f"{cover_key}.jpg"
    if not cover_file.exists():
        raise Http404
    return FileResponse(open(cover_file, "rb"), content_type="image/jpeg")  # SAFE path


def holdings_lookup(request, isbn):
    cleaned = isbn.replace("-", "")
    branch = request.GET.get("branch")
    if branch:
        get_object_or_404(Branch, code=branch)
        return JsonResponse({"holdings": holdings_by_branch(branch)})
    return JsonResponse({"holdings": holdings_by_isbn(cleaned)})


def branch_hours(request):
    data = [
        {"code": b.code, "opens": b.opens_at.isoformat(), "closes": b.closes_at.isoformat()}
        for b in Branch.objects.order_by("name")
    ]
    return HttpResponse(json.dumps(data), content_type="application/json")
