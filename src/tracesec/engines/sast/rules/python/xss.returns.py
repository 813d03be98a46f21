# mypy: ignore-errors
# What a route returns: a page unless it is handed to a serialiser, a redirect or a template
# renderer, or to a response of another type.
from bottle import HTTPResponse
from flask import Flask, jsonify, render_template, request

from .views import page, raw

app = Flask(__name__)


@app.get("/greet")
def greet():
    name = request.args.get("name", "")
    if not name:
        # ok: trace.python.xss.tainted-html-response
        return jsonify({"error": "no name", "given": name})
    if name == "me":
        # ok: trace.python.xss.tainted-html-response
        return render_template("greet.html", name=name)
    if name.startswith("p"):
        # ok: trace.python.xss.tainted-html-response
        return page(request, "greet.mako", name=name, error=None)
    if name.startswith("r"):
        # ok: trace.python.xss.tainted-html-response
        return raw(name.encode(), content_type="application/octet-stream")
    if name.startswith("h"):
        # ok: trace.python.xss.tainted-html-response
        return (
            HTTPResponse(body=name, headers={"Content-Type": "text/plain"})
            if name
            else None
        )
    # ruleid: trace.python.xss.tainted-html-response
    return f"<p>Hello {name}</p>"

