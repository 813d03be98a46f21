"""Entry point for the public Bottle site."""
import logging

import bottle

from brightwell.config import settings
from brightwell.db import database, init_database
from brightwell.web import auth_routes, coordinator_routes, exchange_routes, plot_routes, report_routes  # noqa: F401
from brightwell.web.base import app

log = logging.getLogger("brightwell.web")


@app.hook("before_request")
def _open_db():
    database.connect(reuse_if_open=True)


@app.hook("after_request")
def _close_db():
    if not database.is_closed():
        database.close()


@app.error(404)
def not_found(error):
    return "<h1>Not found</h1><p>That page has gone to seed.</p>"


@app.error(500)
def server_error(error):
    log.error("unhandled error: %s", error.exception)
    return "<h1>Something went wrong</h1><p>The volunteers have been notified.</p>"


def main():
    init_database()
    bottle.run(app, host="0.0.0.0", port=8080, debug=settings.debug, reloader=False)


if __name__ == "__main__":
    main()
