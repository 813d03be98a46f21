"""Harvest logging and personal reports."""
import datetime as dt

from bottle import HTTPError, redirect, request

from brightwell.services import report_service
from brightwell.web.base import app, login_required, page


@app.get("/reports/harvest")
def harvest_totals():
    site = request.query.get("site", "")
    try:
        season = int(request.query.get("season") or dt.date.today().year)
    except ValueError:
        raise HTTPError(400, "season must be a year")
    rows = report_service.totals(site, season) if site else []
    return page("site/reports", rows=rows, site=site, season=season, error=None)


@app.get("/reports/new")
@login_required
def report_form():
    return page("site/reports", rows=[], site="", season=dt.date.today().year, error=None)


@app.post("/reports/new")
@login_required
def report_submit():
    gardener = request.environ["brightwell.gardener"]
    try:
        report = report_service.save_for(
            gardener,
            request.forms.getunicode("title", ""),
            request.forms.getunicode("site", ""),
            request.forms.getunicode("produce", ""),
            request.forms.get("season") or None,
        )
    except ValueError:
        return page("site/reports", rows=[], site="", season=dt.date.today().year,
                    error="Season must be a year such as 2024")
    redirect(f"/reports/saved/{report.id}")


@app.get("/reports/saved/<report_id:int>")
@login_required
def report_saved(report_id):
    return page("site/message", title="Report saved",
                message="Your report has been queued for the next volunteer review.")
