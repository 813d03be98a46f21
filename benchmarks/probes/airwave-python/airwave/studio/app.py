"""Tornado application factory for the studio console."""
from __future__ import annotations

import logging

import tornado.ioloop
import tornado.web

from airwave.settings import TEMPLATE_DIR, get_settings
from airwave.studio import handlers


def make_app() -> tornado.web.Application:
    settings = get_settings()
    return tornado.web.Application(
        [
            (r"/studio", handlers.DashboardHandler),
            (r"/studio/switch", handlers.SwitchShowHandler),
            (r"/studio/logout", handlers.LogoutHandler),
            (r"/studio/profile", handlers.ProfileHandler),
            (r"/studio/guest-pin", handlers.GuestPinHandler),
            (r"/studio/shows/([a-z0-9-]+)/announcement", handlers.AnnouncementHandler),
            (r"/studio/shows/([a-z0-9-]+)/artwork", handlers.ArtworkUploadHandler),
            (r"/studio/shows/([a-z0-9-]+)/artwork/fetch", handlers.ArtworkFetchHandler),
            (r"/studio/episodes/(\d+)/transcode", handlers.TranscodeHandler),
            (r"/studio/episodes/(\d+)/publish", handlers.PublishHandler),
            (r"/studio/episodes/(\d+)/playlist", handlers.PlaylistPasteHandler),
        ],
        template_path=str(TEMPLATE_DIR / "studio"),
        cookie_secret=settings.session_key,
        xsrf_cookies=True,
        login_url="/login",
        debug=settings.debug,
    )


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    app = make_app()
    app.listen(8890, xheaders=True)
    tornado.ioloop.IOLoop.current().start()


if __name__ == "__main__":
    main()
