"""Public schedule and show pages."""
from __future__ import annotations

import datetime as dt

from markupsafe import escape
from pyramid.httpexceptions import HTTPBadRequest, HTTPNotFound
from pyramid.renderers import render_to_response
from pyramid.response import Response
from pyramid.view import view_config

from airwave.repositories.show_repo import ShowRepository
from airwave.services.catalog_service import CatalogService
from airwave.services.schedule_service import ScheduleService
from airwave.settings import get_settings


@view_config(route_name="home", renderer="schedule.jinja2")
def home(request):
    catalog = CatalogService()
    return {"grid": catalog.schedule_grid(), "genres": catalog.genres(), "station": get_settings().station_name}


@view_config(route_name="week", renderer="week.jinja2")
def week(request):
    try:
        start = dt.date.fromisoformat(request.matchdict["start"])
    except ValueError:
        raise HTTPBadRequest("dates look like 2024-09-02")
    start -= dt.timedelta(days=start.weekday())
    days = ScheduleService().week_of(start)
    return {"start": start, "days": days, "station": get_settings().station_name}


@view_config(route_name="show_search", request_method="GET")
def search(request):
    term = request.params.get("q", "")
    genre = request.params.get("genre")
    results = CatalogService().search(term, genre)
    if not results:
        return Response(f"<section class='empty'><p>No shows matched <em>{term}</em>. Try the <a href='/'>full schedule</a>.</p></section>", content_type="text/html")  # VULN xss
    return render_to_response("search.jinja2", {"term": term, "results": results}, request=request)


@view_config(route_name="genre", request_method="GET")
def genre_page(request):
    genre = request.matchdict["genre"]
    results = [s for s in ShowRepository().active_shows() if s.genre == genre.lower()]
    if not results:
        return Response(f"<section class='empty'><p>Nothing in <strong>{escape(genre)}</strong> this season.</p></section>", content_type="text/html")  # SAFE xss
    return render_to_response("search.jinja2", {"term": genre, "results": results}, request=request)


@view_config(route_name="show_detail", renderer="show_detail.jinja2")
def show_detail(request):
    slug = request.matchdict["slug"]
    page = CatalogService().show_page(slug)
    if page is None:
        raise HTTPNotFound()
    show = ShowRepository().model_by_slug(slug)
    station = get_settings().station_name
    return {
        "page": page,
        "show": page.show,
        "announcement": ScheduleService().announcement_for(show, station),
        "station": station,
    }
