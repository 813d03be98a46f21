from flask import Flask

from .blueprint import ops_bp


def create_app():
    app = Flask(__name__)
    app.config.from_prefixed_env("HAULMARK_OPS")
    app.config.setdefault("MAX_CONTENT_LENGTH", 50 * 1024 * 1024)
    app.register_blueprint(ops_bp, url_prefix="/ops")
    return app
