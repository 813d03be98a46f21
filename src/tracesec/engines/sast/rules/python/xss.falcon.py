# Falcon: a resource's response text is HTML only once its content type says so
import falcon

from spokeshed.services import rendering


class LookupResource:
    async def on_get(self, req, resp):
        code = req.get_param("code") or ""
        resp.content_type = falcon.MEDIA_HTML
        if not code:
            # ok: trace.python.xss.tainted-html-response
            resp.text = "<p>Enter your collection code.</p>"
            return
        # ruleid: trace.python.xss.tainted-html-response
        resp.text = f"<div>No booking matches code <b>{code}</b>.</div>"
        # ok: trace.python.xss.tainted-html-response
        resp.text = rendering.render_page("lookup.mako", code=code)


class StatusResource:
    async def on_get(self, req, resp):
        code = req.get_param("code") or ""
        # Falcon answers JSON unless told otherwise
        # ok: trace.python.xss.tainted-html-response
        resp.text = f'{{"code": "{code}"}}'


class PlainResource:
    def on_get(self, req, resp):
        resp.content_type = "text/plain"
        # ok: trace.python.xss.tainted-html-response
        resp.text = req.get_param("msg")
