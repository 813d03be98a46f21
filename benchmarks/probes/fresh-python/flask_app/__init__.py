import os

from flask import Flask
from flask_cors import CORS

from .documents import documents_bp

PORTAL_ORIGINS = ["https://portal.example-corp.com", "https://admin.example-corp.com"]


def create_app():
    app = Flask(__name__)
    app.config.update(
        UPLOAD_ROOT=os.environ.get("DOCS_UPLOAD_ROOT", "/srv/docs/files"),
        CATALOG_DB=os.environ.get("DOCS_CATALOG_DB", "/srv/docs/catalog.sqlite3"),
        MAX_CONTENT_LENGTH=50 * 1024 * 1024,
    )
    app.secret_key = os.environ["DOCS_SECRET_KEY"]
    CORS(app, origins=PORTAL_ORIGINS, supports_credentials=True)  # SAFE cors
    app.register_blueprint(documents_bp, url_prefix="/documents")
    return app
