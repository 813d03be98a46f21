"""Controlpoint: club administration for orienteering events, entries and results."""
import logging
import os

from flask import Flask, render_template

from .config import load_config
from .extensions import db_session, init_celery, login_manager
from .web_security import apply_cors_headers

log = logging.getLogger(__name__)


def create_app(config_name: str | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_object(load_config(config_name))
    app.config.from_prefixed_env("CONTROLPOINT")
    if not app.config.get("SECRET_KEY"):
        raise RuntimeError("CONTROLPOINT_SECRET_KEY must be set")

    for key in ("UPLOAD_DIR", "EXTRACT_DIR", "MAP_DIR", "DOCUMENTS_DIR", "LOGO_DIR",
                "EXPORT_DIR", "REPORT_DIR", "BACKUP_DIR"):
        os.makedirs(app.config[key], exist_ok=True)

    login_manager.init_app(app)
    init_celery(app)

    from .views import register_blueprints

    register_blueprints(app)

    app.after_request(apply_cors_headers)

    @app.teardown_appcontext
    def remove_session(exc=None):
        db_session.remove()

    @app.errorhandler(404)
    def not_found(err):
        return render_template("base.html", title="Not found"), 404

    @app.context_processor
    def inject_globals():
        return {"site_name": "Controlpoint"}

    return app


@login_manager.user_loader
def load_user(user_id: str):
    from .models import User

    return db_session.get(User, int(user_id))
