"""Flask application factory for the back-office console."""
from __future__ import annotations

import os

from flask import Flask, Response, request

from aquameter.admin.views import admin_bp


def create_admin_app() -> Flask:
    app = Flask("aquameter.admin")
    app.config["SECRET_KEY"] = os.environ["AQ_ADMIN_SECRET_KEY"]
    app.config["SESSION_COOKIE_SECURE"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
    app.register_blueprint(admin_bp)

    @app.after_request
    def allow_dashboard_widgets(response: Response) -> Response:
        origin = request.headers.get("Origin")
        if origin:
            response.headers["Access-Control-Allow-Origin"] = origin  # VULN cors
            response.headers["Access-Control-Allow-Credentials"] = "true"
            response.headers.add("Vary", "Origin")
        return response

    return app
