from aiohttp import web


async def post_notice(request: web.Request) -> web.Response:
    form = await request.post()
    message = str(form.get("message", ""))
    # ruleid: trace.python.xss.tainted-html-response
    return web.Response(text=f"<div class=\"notice\">{message}</div>", content_type="text/html")


async def notice_json(request: web.Request) -> web.Response:
    form = await request.post()
    message = str(form.get("message", ""))
    # ok: trace.python.xss.tainted-html-response
    return web.Response(text=f"{{\"message\": \"{message}\"}}", content_type="application/json")
