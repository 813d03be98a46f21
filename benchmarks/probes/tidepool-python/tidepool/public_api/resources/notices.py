"""Public notice board for berth holders (dredging works, fuel berth hours, regattas)."""
from __future__ import annotations

from datetime import date

import falcon
from sqlalchemy import text

from tidepool.db import connection
from tidepool.services.rendering import render_jinja


def _current_notices(marina_id: int) -> list[dict]:
    with connection() as conn:
        rows = conn.execute(
            text(
                "SELECT title, body, author, published FROM notices "
                "WHERE marina_id = :m AND published <= :today AND (expires IS NULL OR expires >= :today) "
                "ORDER BY published DESC LIMIT 20"
            ),
            {"m": marina_id, "today": date.today()},
        )
        return [dict(r._mapping) for r in rows]


class NoticeBoardResource:
    def on_get(self, req: falcon.Request, resp: falcon.Response) -> None:
        marina_id = req.get_param_as_int("marina", default=1, min_value=1)
        notices = _current_notices(marina_id)
        if req.client_accepts_json and not req.client_accepts("text/html"):
            resp.media = [{**n, "published": n["published"].isoformat()} for n in notices]
            return
        resp.content_type = falcon.MEDIA_HTML
        resp.text = render_jinja("notice_board.html", notices=notices)
