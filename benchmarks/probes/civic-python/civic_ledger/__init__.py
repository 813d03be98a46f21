"""Civic Ledger: municipal building permit and site inspection portal."""
import logging

from flask import Flask, request

from .config import settings

log = logging.getLogger("civic_ledger")

PARTNER_PORTAL_SUFFIX = ".city.gov"


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = settings.SECRET_KEY
    app.config["MAX_CONTENT_LENGTH"] = 64 * 1024 * 1024

    from .routes import register_blueprints

    register_blueprints(app)

    @app.after_request
    def add_partner_cors(response):
        origin = request.headers.get("Origin")
        if origin and request.path.startswith("/api/"):
            response.headers["Access-Control-Allow-Origin"] = origin  # VULN cors
            response.headers["Access-Control-Allow-Credentials"] = "true"
            response.headers["Vary"] = "Origin"
        return response

    @app.errorhandler(404)
    def not_found(_err):
        return {"error": "not found"}, 404

    log.info("Civic Ledger started for %s", settings.PUBLIC_HOST)
    return app
