from aiohttp import web

WEATHER_HOSTS = {"wx.example.net"}


async def weather_proxy(request: web.Request) -> web.Response:
    src = request.query.get("src", "")
    # a substring test is no host check
    if "wx.example.net" not in src:
        raise web.HTTPBadRequest(text="unsupported weather source")
    # ruleid: trace.python.ssrf.tainted-url
    async with request.app["http"].get(src) as upstream:
        payload = await upstream.text()
    return web.Response(text=payload, content_type="application/json")


async def station_feed(request: web.Request) -> web.Response:
    station = request.match_info["station"]
    # ok: trace.python.ssrf.tainted-url
    async with request.app["http"].get("https://wx.example.net/feed") as upstream:
        payload = await upstream.text()
    # a cache kept on the app is no HTTP client
    # ok: trace.python.ssrf.tainted-url
    cached = request.app["cache"].get(station)
    return web.Response(text=payload or cached, content_type="application/json")
