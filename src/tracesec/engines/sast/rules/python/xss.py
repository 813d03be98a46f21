# mypy: ignore-errors
from django.http import HttpResponse
from django.utils.html import escape as django_escape
from django.utils.safestring import mark_safe
from flask import (
    Flask,
    Response,
    abort,
    jsonify,
    make_response,
    redirect,
    render_template,
    render_template_string,
    request,
    send_from_directory,
)
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    # ruleid: trace.python.xss.tainted-html-response
    return "<h1>Hello " + name + "</h1>"


@app.route("/greet2")
def greet2():
    # ruleid: trace.python.xss.tainted-html-response
    return make_response(f"<p>{request.args['msg']}</p>")


@app.route("/greet3")
def greet3():
    name = request.args.get("name", "")
    # ok: trace.python.xss.tainted-html-response
    return "<h1>Hello " + escape(name) + "</h1>"


@app.route("/greet4")
def greet4():
    # ok: trace.python.xss.tainted-html-response
    return render_template("greet.html", name=request.args.get("name"))


@app.route("/api/echo")
def echo():
    # ok: trace.python.xss.tainted-html-response
    return jsonify(value=request.args.get("v"))


@app.route("/banner")
def banner():
    # ruleid: trace.python.xss.tainted-html-response
    html = Markup("<b>" + request.args["text"] + "</b>")
    # ok: trace.python.xss.tainted-html-response
    fixed = Markup("<b>notice</b>")
    return render_template("banner.html", html=html, fixed=fixed)


def django_view(request):
    q = request.GET.get("q", "")
    # ruleid: trace.python.xss.tainted-html-response
    body = mark_safe("<span>" + q + "</span>")
    # ruleid: trace.python.xss.tainted-html-response
    r1 = HttpResponse("Results for " + q)
    # ok: trace.python.xss.tainted-html-response
    r2 = HttpResponse("Results for " + django_escape(q))
    return r1 if body else r2


@app.route("/api/profile")
def profile():
    # ok: trace.python.xss.tainted-html-response
    return {"name": request.args.get("name")}


@app.route("/api/tags")
def tags():
    # ok: trace.python.xss.tainted-html-response
    return [request.args.get("tag")], 201


@app.route("/plain")
def plain():
    # ok: trace.python.xss.tainted-html-response
    return request.args.get("q", ""), 200, {"Content-Type": "text/plain; charset=utf-8"}


@app.route("/html-tuple")
def html_tuple():
    # ruleid: trace.python.xss.tainted-html-response
    return request.args.get("q", ""), 200, {"Content-Type": "text/html"}


@app.route("/plain2")
def plain2():
    # ok: trace.python.xss.tainted-html-response
    resp = make_response(request.args.get("q", ""))
    resp.headers["Content-Type"] = "text/plain"
    return resp


@app.route("/html2")
def html2():
    # ruleid: trace.python.xss.tainted-html-response
    resp = make_response(request.args.get("q", ""))
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp


@app.route("/csv")
def csv_export():
    # ok: trace.python.xss.tainted-html-response
    return Response(request.args.get("q", ""), mimetype="text/csv")


@app.route("/page")
def page():
    # ruleid: trace.python.xss.tainted-html-response
    return Response(request.args.get("q", ""), mimetype="text/html")


@app.route("/code")
def code():
    code = request.args.get("code", "")
    if not code.isalnum():
        abort(400)
    # ok: trace.python.xss.tainted-html-response
    return "<p>Code " + code + "</p>"


def django_json(request):
    # ok: trace.python.xss.tainted-html-response
    return HttpResponse(request.GET.get("q"), content_type="application/json")


@app.route("/card")
def card():
    fields = {}
    fields["title"] = "Profile"
    fields["name"] = request.args.get("name", "")
    fields["footer"] = "thanks"
    # ruleid: trace.python.xss.tainted-html-response
    return "<h1>{0[title]}</h1><p>{0[name]}</p>".format(fields)


@app.route("/card2")
def card2():
    fields = {}
    fields["title"] = "Profile"
    fields["name"] = request.args.get("name", "")
    fields["footer"] = "thanks"
    # ruleid: trace.python.xss.tainted-html-response
    return "<p>" + fields["name"] + "</p>"


@app.route("/card3")
def card3():
    fields = {}
    fields["title"] = "Profile"
    fields["name"] = request.args.get("name", "")
    # ok: trace.python.xss.tainted-html-response
    return "<h1>" + fields["title"] + "</h1>"


def django_profile_page(request):
    from django.template import loader
    from django.template.loader import render_to_string
    who = request.POST.get("who", "")
    page = render_to_string("profile.html", {"who": who})
    # ok: trace.python.xss.tainted-html-response
    resp = HttpResponse(page)
    tpl = loader.get_template("profile.html")
    # ok: trace.python.xss.tainted-html-response
    resp2 = HttpResponse(tpl.render({"who": who}, request))
    # ok: trace.python.xss.tainted-html-response
    resp3 = HttpResponse(loader.get_template("profile.html").render({"who": who}))
    # ruleid: trace.python.xss.tainted-html-response
    resp4 = HttpResponse(page + "<p>" + who + "</p>")
    return resp, resp2, resp3, resp4


def make_engines(app):
    import aiohttp_jinja2
    import jinja2
    from aiohttp_jinja2 import setup as setup_templates
    # ruleid: trace.python.xss.autoescape-disabled
    env = jinja2.Environment(loader=jinja2.FileSystemLoader("tpl"), autoescape=False)
    # ruleid: trace.python.xss.autoescape-disabled
    setup_templates(app, loader=jinja2.PackageLoader("shop", "templates"), autoescape=False)
    # ok: trace.python.xss.autoescape-disabled
    aiohttp_jinja2.setup(app, loader=jinja2.PackageLoader("shop", "templates"))
    # ok: trace.python.xss.autoescape-disabled
    env2 = jinja2.Environment(autoescape=jinja2.select_autoescape(["html"]))
    # ok: trace.python.xss.autoescape-disabled
    env3 = jinja2.Environment(autoescape=True)
    return env, env2, env3


TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # ruleid: trace.python.xss.autoescape-disabled
        "OPTIONS": {"autoescape": False, "debug": False},
    },
]


@app.route("/back")
def back():
    # ok: trace.python.xss.tainted-html-response
    return redirect(request.args.get("next", "/"))


@app.route("/files")
def files():
    # ok: trace.python.xss.tainted-html-response
    return send_from_directory("/srv/files", request.args["name"])


@app.route("/hello-template")
def hello_template():
    # ok: trace.python.xss.tainted-html-response
    return render_template_string("<p>Hello {{ name }}</p>", name=request.args["name"])
