# mypy: ignore-errors
# What a Bottle route returns: a page unless it is handed to a redirect, a template renderer
# or a response of another type.
from bottle import redirect, request, route

from .views import error_page, raw


@route("/plots/find")
def plot_find():
    code = request.query.getunicode("code", "")
    if code == "":
        # ok: trace.python.xss.tainted-html-response
        return redirect(f"/plots/{code}")
    if code.startswith("-"):
        # ok: trace.python.xss.tainted-html-response
        return error_page("Unknown plot", code)
    if code.islower():
        # ruleid: trace.python.xss.tainted-html-response
        return raw(code, content_type="text/html; charset=utf-8")
    # ruleid: trace.python.xss.tainted-html-response
    return "<p>No plot " + code + "</p>"
