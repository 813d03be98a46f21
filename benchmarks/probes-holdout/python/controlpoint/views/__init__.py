"""Blueprint registration."""
from flask import Flask


def register_blueprints(app: Flask) -> None:
    from . import admin, auth, clubs, courses, entries, events, results

    app.register_blueprint(auth.bp)
    app.register_blueprint(events.bp)
    app.register_blueprint(courses.bp)
    app.register_blueprint(entries.bp)
    app.register_blueprint(results.bp)
    app.register_blueprint(results.widget_bp)
    app.register_blueprint(clubs.bp)
    app.register_blueprint(admin.bp)
    app.add_url_rule("/", endpoint="index", view_func=events.index)
