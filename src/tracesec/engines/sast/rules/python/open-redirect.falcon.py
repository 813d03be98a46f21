# Falcon: a redirect is an exception raised with its location
import falcon

ALLOWED = {"/bookings", "/rota"}


class LoginResource:
    async def on_post(self, req, resp):
        form = await req.get_media()
        next_url = str(form.get("next", "")) or "/bookings"
        if next_url.startswith("/"):
            # ruleid: trace.python.open-redirect.tainted-redirect
            raise falcon.HTTPSeeOther(next_url)
        if next_url in ALLOWED:
            # ok: trace.python.open-redirect.tainted-redirect
            raise falcon.HTTPFound(next_url)
        # ok: trace.python.open-redirect.tainted-redirect
        raise falcon.HTTPSeeOther("/bookings")
