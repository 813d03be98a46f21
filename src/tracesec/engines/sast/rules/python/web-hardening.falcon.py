# Falcon: a middleware that echoes the request's Origin with credentials
PARTNERS = {"https://library.example"}


class CORSMiddleware:
    async def process_response(self, req, resp, resource, req_succeeded):
        origin = req.get_header("Origin")
        if not origin:
            return
        # ruleid: trace.python.cors.credentials-any-origin
        resp.set_header("Access-Control-Allow-Origin", origin)
        resp.set_header("Access-Control-Allow-Credentials", "true")


class PartnerCORSMiddleware:
    async def process_response(self, req, resp, resource, req_succeeded):
        origin = req.get_header("Origin")
        if origin in PARTNERS:
            # ok: trace.python.cors.credentials-any-origin
            resp.set_header("Access-Control-Allow-Origin", origin)
            resp.set_header("Access-Control-Allow-Credentials", "true")


class PublicCORSMiddleware:
    async def process_response(self, req, resp, resource, req_succeeded):
        # no credentials: any origin may read public answers
        # ok: trace.python.cors.credentials-any-origin
        resp.set_header("Access-Control-Allow-Origin", req.get_header("Origin"))
