"""Berth search and the embeddable availability widget."""
from __future__ import annotations

import html

import falcon

from tidepool.domain.dto import BerthSearch, ValidationError
from tidepool.repositories import berths as berth_repo
from tidepool.services.booking_service import BookingError, quote_for


def _berth_json(row: dict) -> dict:
    return {
        "code": row["code"],
        "pontoon": row["pontoon"],
        "max_length_m": str(row["max_length_m"]),
        "max_beam_m": str(row["max_beam_m"]),
        "max_draft_m": str(row["max_draft_m"]),
        "shore_power": bool(row["has_shore_power"]),
        "nightly_rate": str(row["nightly_rate"]),
    }


class BerthSearchResource:
    def on_get(self, req: falcon.Request, resp: falcon.Response) -> None:
        try:
            search = BerthSearch.from_params(req.params)
        except (ValidationError, ValueError) as exc:
            raise falcon.HTTPBadRequest(title="invalid search", description=str(exc)) from exc
        rows = berth_repo.search_available(search)
        resp.media = {
            "nights": search.nights,
            "page": search.page,
            "results": [_berth_json(r) for r in rows],
        }


class BerthWidgetResource:
    """HTML fragment injected by the marina's website into its booking box."""

    def on_get(self, req: falcon.Request, resp: falcon.Response) -> None:
        vessel_name = req.get_param("vessel") or "your boat"
        marina_label = req.get_param("marina_label") or "the marina"
        resp.content_type = falcon.MEDIA_HTML
        try:
            search = BerthSearch.from_params(req.params)
        except (ValidationError, ValueError):
            resp.text = f"<div class='tp-widget tp-error'>Please choose dates for {html.escape(marina_label)}.</div>"  # SAFE xss
            return
        rows = berth_repo.search_available(search)
        if not rows:
            resp.text = f"<div class='tp-widget tp-empty'>Sorry, no berth fits <strong>{vessel_name}</strong> on those dates.</div>"  # VULN xss
            return
        items = "".join(
            f"<li data-berth='{html.escape(r['code'])}'>{html.escape(r['pontoon'])} - {html.escape(r['code'])}: "
            f"&euro;{r['nightly_rate']}/night</li>"
            for r in rows[:5]
        )
        resp.text = f"<div class='tp-widget'><p>{len(rows)} berths available</p><ul>{items}</ul></div>"


class QuoteResource:
    def on_post(self, req: falcon.Request, resp: falcon.Response) -> None:
        body = req.get_media() or {}
        try:
            search = BerthSearch.from_params(body)
            _, quote = quote_for(
                str(body.get("berth_code", "")).upper(),
                search.arrival,
                search.departure,
                {"length_m": search.length_m, "beam_m": search.beam_m, "draft_m": search.draft_m},
            )
        except (ValidationError, BookingError, ValueError) as exc:
            raise falcon.HTTPBadRequest(title="cannot quote", description=str(exc)) from exc
        resp.media = {"lines": quote.as_lines(), "total": str(quote.total)}
