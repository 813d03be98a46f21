"""Flask portal for supervisors and field technicians."""
from flask import Flask, g, jsonify
from flask_cors import CORS

from turbinary.config import settings
from turbinary.db import SessionLocal


def db():
    if "db" not in g:
        g.db = SessionLocal()
    return g.db


def create_app() -> Flask:
    app = Flask(__name__, template_folder="templates")
    app.config.update(SECRET_KEY=settings.flask_secret, MAX_CONTENT_LENGTH=settings.max_upload_bytes)
    CORS(app, origins=settings.portal_origins, supports_credentials=True)  # SAFE cors

    from turbinary.web.routes import auth, inspections, reports, turbines, work_orders

    for module in (auth, turbines, inspections, work_orders, reports):
        app.register_blueprint(module.bp)

    @app.teardown_appcontext
    def _close_session(exc: BaseException | None) -> None:
        session = g.pop("db", None)
        if session is not None:
            session.commit() if exc is None else session.rollback()
            session.close()

    @app.errorhandler(ValueError)
    def _bad_request(exc: ValueError):
        return jsonify(error=str(exc)), 400

    return app
