import aiohttp_cors
from aiohttp import web

from . import config, handlers


def build_app():
    app = web.Application(client_max_size=8 * 1024 * 1024)
    app.router.add_get("/branches/{code}/events", handlers.branch_events)
    app.router.add_get("/events", handlers.list_events)
    app.router.add_get("/events/search", handlers.search_events)
    app.router.add_post("/events/{event_id}/book", handlers.book_seat)
    app.router.add_get("/events/{event_id}/reviews", handlers.event_reviews)
    app.router.add_get("/reviews", handlers.filter_reviews)
    app.router.add_post("/reviews/search", handlers.search_reviews)
    app.router.add_post("/attachments/{name:.+}", handlers.upload_attachment)
    app.router.add_get("/attachments/{name:.+}", handlers.get_attachment)
    app.router.add_get("/preview", handlers.link_preview)
    app.router.add_get("/partners/{partner}/feed", handlers.partner_feed)
    app.router.add_get("/widget/config", handlers.widget_config)

    cors = aiohttp_cors.setup(app)
    resource_options = aiohttp_cors.ResourceOptions(allow_credentials=True, allow_headers=("Authorization",))
    allowed = {origin: resource_options for origin in config.PARTNER_ORIGINS}  # SAFE cors
    for route in list(app.router.routes()):
        if route.resource.canonical.startswith("/events"):
            cors.add(route, allowed)
    return app


if __name__ == "__main__":
    web.run_app(build_app(), port=8081)
