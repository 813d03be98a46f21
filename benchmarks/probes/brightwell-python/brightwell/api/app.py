"""BlackSheep application for the mobile app and partner API."""
from blacksheep import Application, Request

from brightwell.api import coordinator_api, embed_api, exchange_api, plots_api, redirects_api, webhooks_api  # noqa: F401
from brightwell.api.cors import cors_middleware
from brightwell.api.routing import router
from brightwell.config import settings
from brightwell.db import database, init_database

app = Application(router=router, show_error_details=settings.debug)


async def db_session(request: Request, handler):
    database.connect(reuse_if_open=True)
    try:
        return await handler(request)
    finally:
        if not database.is_closed():
            database.close()


app.middlewares.append(db_session)
app.middlewares.append(cors_middleware)


async def _startup(application: Application) -> None:
    init_database()


app.on_start += _startup
