# Robyn (and any framework answering with a headers dict): CORS headers built by hand
TRUSTED = {"https://staff.lanewater.example"}


def base_headers(request, content_type):
    headers = {"Content-Type": content_type}
    origin = request.headers.get("origin") if request is not None else None
    if origin:
        # ruleid: trace.python.cors.credentials-any-origin
        headers["Access-Control-Allow-Origin"] = origin
        headers["Access-Control-Allow-Credentials"] = "true"
    return headers


def trusted_headers(request, content_type):
    headers = {"Content-Type": content_type}
    origin = request.headers.get("origin") if request is not None else None
    if origin in TRUSTED:
        # ok: trace.python.cors.credentials-any-origin
        headers["Access-Control-Allow-Origin"] = origin
        headers["Access-Control-Allow-Credentials"] = "true"
    return headers
