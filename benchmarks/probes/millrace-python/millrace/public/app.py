"""Quart application for the public ticketing site and the staff admin area."""
from __future__ import annotations

import logging

from quart import Quart, render_template

from millrace.config import BASE_DIR, get_settings
from millrace.public.account import account_bp
from millrace.public.admin import admin_bp
from millrace.public.media import media_bp
from millrace.public.schools import schools_bp
from millrace.public.tickets import tickets_bp
from millrace.util.text import FormError


def create_app() -> Quart:
    settings = get_settings()
    app = Quart(__name__, template_folder=str(BASE_DIR / "templates"), static_folder=str(BASE_DIR / "static"))
    app.secret_key = settings.secret_key
    app.config.update(
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        MAX_CONTENT_LENGTH=25 * 1024 * 1024,
    )
    app.register_blueprint(tickets_bp)
    app.register_blueprint(schools_bp, url_prefix="/schools")
    app.register_blueprint(account_bp, url_prefix="/account")
    app.register_blueprint(media_bp, url_prefix="/media")
    app.register_blueprint(admin_bp, url_prefix="/admin")

    @app.errorhandler(FormError)
    async def form_error(exc: FormError):
        return await render_template("error.html", message=exc.message, field=exc.field), 400

    @app.errorhandler(404)
    async def not_found(_exc):
        return await render_template("error.html", message="We couldn't find that page."), 404

    @app.route("/")
    async def home():
        return await render_template("home.html")

    return app


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    create_app().run(host="127.0.0.1", port=8080)


if __name__ == "__main__":
    main()
