"""Flask application factory for the referral portal."""
from __future__ import annotations

from flask import Flask
from flask_login import LoginManager

from portal.config import PortalConfig
from portal.filters import highlight, short_date, urgency_badge
from portal.models import ReferringVet, db_session, init_db

login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message_category = "info"


@login_manager.user_loader
def load_user(user_id: str) -> ReferringVet | None:
    if not user_id.isdigit():
        return None
    return db_session.get(ReferringVet, int(user_id))


def create_app(config_object: type = PortalConfig) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)
    init_db(app.config["DATABASE_URL"])
    login_manager.init_app(app)

    from portal.auth import bp as auth_bp
    from portal.views import bp as views_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(views_bp)

    app.add_template_filter(highlight, "highlight")
    app.add_template_filter(short_date, "short_date")
    app.add_template_filter(urgency_badge, "urgency_badge")

    @app.teardown_appcontext
    def _remove_session(exc: BaseException | None) -> None:
        db_session.remove()

    @app.after_request
    def _security_headers(response):
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    return app
