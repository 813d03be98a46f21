"""Pyramid application for the public website and the programming admin."""
from __future__ import annotations

from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory

from airwave.db import database
from airwave.settings import get_settings


def _db_tween_factory(handler, registry):
    def db_tween(request):
        database.connect(reuse_if_open=True)
        try:
            return handler(request)
        finally:
            if not database.is_closed():
                database.close()

    return db_tween


def add_routes(config: Configurator) -> None:
    config.add_static_view("static", "airwave:static", cache_max_age=3600)
    config.add_route("home", "/")
    config.add_route("week", "/schedule/week/{start}")
    config.add_route("show_search", "/shows/search")
    config.add_route("genre", "/genres/{genre}")
    config.add_route("show_detail", "/shows/{slug}")
    config.add_route("show_episodes", "/shows/{slug}/episodes")
    config.add_route("archive_recent", "/archive/recent")
    config.add_route("archive_file", "/archive/files/{filename:.+}")
    config.add_route("archive_cue", "/archive/cues/{slug}/{name}")
    config.add_route("archive_transcript", "/archive/transcripts/{name}")
    config.add_route("login", "/login")
    config.add_route("logout", "/logout")
    config.add_route("forgot", "/password/forgot")
    config.add_route("reset", "/password/reset/{token}")
    config.add_route("kiosk_password", "/account/kiosk")
    config.add_route("admin_shows", "/admin/shows")
    config.add_route("admin_show_edit", "/admin/shows/{slug}/edit")
    config.add_route("admin_show_rule", "/admin/api/shows/{slug}/rule")
    config.add_route("admin_feed_import", "/admin/feeds/import")
    config.add_route("admin_feed_item", "/admin/feeds/{sub_id}/item")
    config.add_route("admin_opml", "/admin/feeds/opml")
    config.add_route("admin_schedule_import", "/admin/schedule/import")
    config.add_route("admin_bundle_import", "/admin/archive/import")
    config.add_route("admin_volunteer_lookup", "/admin/volunteers")
    config.add_route("admin_stats", "/admin/stats/{year}/{month}")


def main(global_config, **app_settings):
    settings = get_settings()
    with Configurator(settings=app_settings) as config:
        config.include("pyramid_jinja2")
        config.add_jinja2_renderer(".jinja2")
        config.add_jinja2_search_path("airwave:templates/jinja", name=".jinja2")
        config.set_session_factory(
            SignedCookieSessionFactory(settings.session_key, secure=True, httponly=True, samesite="Lax")
        )
        config.add_tween("airwave.web._db_tween_factory")
        config.add_tween("airwave.web.tweens.cors_tween_factory")
        config.add_request_method("airwave.web.auth.current_host", "volunteer", reify=True)
        add_routes(config)
        config.scan("airwave.web")
        return config.make_wsgi_app()
