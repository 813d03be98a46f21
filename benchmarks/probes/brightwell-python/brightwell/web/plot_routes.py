"""Plot browsing, booking and site information pages."""
import datetime as dt
import html
from decimal import Decimal, InvalidOperation

from bottle import HTTPError, HTTPResponse, redirect, request, static_file

from brightwell.config import BASE_DIR
from brightwell.dto import BookingRequest, PlotSearch
from brightwell.models import Site
from brightwell.repositories import plot_repo
from brightwell.services import booking_service, media_service, weather_client
from brightwell.web.base import app, login_required, page

STATIC_ROOT = str(BASE_DIR / "static")


def _parse_date(raw: str) -> dt.date:
    return dt.date.fromisoformat(raw)


@app.get("/static/<filepath:path>")
def static_assets(filepath):
    return static_file(filepath, root=STATIC_ROOT)  # SAFE path


@app.get("/")
@app.get("/plots")
def plot_list():
    min_size = None
    if request.query.min_size:
        try:
            min_size = Decimal(request.query.min_size)
        except InvalidOperation:
            min_size = None
    search = PlotSearch(site=request.query.site or None, soil=request.query.soil or None,
                        min_size=min_size, sort="code")
    plots = plot_repo.search_plots(search)
    sites = list(Site.select().order_by(Site.name))
    return page("site/plot_list", plots=plots, sites=sites, search=search)


@app.get("/plots/find")
def plot_find():
    code = request.query.getunicode("code", "").strip()
    plot = plot_repo.get_by_code(code.upper()) if code else None
    if plot is None:
        return f"<section class=\"empty\"><p>No plot with the code <strong>{code}</strong>. Codes look like <code>NW-12</code>.</p></section>"  # VULN xss
    redirect(f"/plots/{plot.code}")


@app.get("/plots/<code>")
def plot_detail(code):
    plot = plot_repo.get_by_code(code)
    if plot is None:
        return HTTPResponse(status=404, body=f"<p>Plot {html.escape(code)} is not on our map.</p>")  # SAFE xss
    occupancy = plot_repo.occupancy_for_site(plot.site, dt.date.today().year)
    fee = booking_service.quote(plot.code)
    return page("site/plot_detail", plot=plot, occupancy=occupancy, fee_pence=fee)


@app.post("/plots/<code>/book")
@login_required
def plot_book(code):
    gardener = request.environ["brightwell.gardener"]
    try:
        req = BookingRequest(
            plot_code=code,
            gardener_id=gardener.id,
            season=int(request.forms.get("season", dt.date.today().year)),
            start_date=_parse_date(request.forms.get("start_date", "")),
            end_date=_parse_date(request.forms.get("end_date", "")),
            notes=request.forms.getunicode("notes", ""),
        )
        booking = booking_service.request_booking(req)
    except (ValueError, booking_service.BookingError) as exc:
        return page("site/message", title="Booking not possible", message=str(exc))
    if booking.status == "waitlisted":
        title = "You're on the waiting list"
    else:
        title = "Request received"
    message = (f"Plot {booking.plot.code}, {booking.start_date:%d %b} to {booking.end_date:%d %b %Y}. "
               f"The season fee will be £{booking.fee_pence / 100:.2f}; we'll e-mail you once a coordinator confirms.")
    return page("site/message", title=title, message=message)


@app.get("/sites/<site_id>/calendar")
def site_calendar(site_id):
    month = request.query.get("month") or dt.date.today().strftime("%Y-%m")
    try:
        entries = booking_service.calendar(site_id, month)
    except booking_service.BookingError as exc:
        raise HTTPError(400, str(exc))
    return page("site/site_info", entries=entries, month=month, site=None, forecast=None)


@app.get("/maps/<name>")
def site_map(name):
    try:
        data = media_service.site_map(name)
    except (media_service.MediaError, FileNotFoundError):
        raise HTTPError(404, "No map with that name")
    content_type = "application/pdf" if name.endswith(".pdf") else "image/png"
    return HTTPResponse(body=data, headers={"Content-Type": content_type})


@app.get("/sites/<slug>/forecast")
def site_forecast(slug):
    site = Site.get_or_none(Site.slug == slug)
    if site is None:
        raise HTTPError(404, "Unknown site")
    link = request.query.get("link")
    if link:
        forecast = weather_client.forecast_from_link(link)
    elif site.weather_station:
        forecast = weather_client.station_forecast(site.weather_station)
    else:
        forecast = {}
    return page("site/site_info", site=site, forecast=forecast, entries=None, month=None)


@app.get("/photos/<name:path>")
def listing_photo(name):
    try:
        data = media_service.read_photo(name)
    except (media_service.PathEscape, FileNotFoundError):
        raise HTTPError(404, "Photo not found")
    return HTTPResponse(body=data, headers={"Content-Type": "image/jpeg", "Cache-Control": "max-age=86400"})
