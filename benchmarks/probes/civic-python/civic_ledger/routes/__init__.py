from flask import Flask


def register_blueprints(app: Flask) -> None:
    from .auth import bp as auth_bp
    from .documents import bp as documents_bp
    from .inspections import bp as inspections_bp
    from .notices import bp as notices_bp
    from .permits import bp as permits_bp
    from .reports import bp as reports_bp

    app.register_blueprint(auth_bp, url_prefix="/auth")
    app.register_blueprint(permits_bp, url_prefix="/permits")
    app.register_blueprint(inspections_bp, url_prefix="/api/inspections")
    app.register_blueprint(documents_bp, url_prefix="/documents")
    app.register_blueprint(reports_bp, url_prefix="/reports")
    app.register_blueprint(notices_bp, url_prefix="/notices")
