# mypy: ignore-errors
import jinja2
from flask import Flask, render_template, render_template_string, request

app = Flask(__name__)
env = jinja2.Environment(autoescape=True)


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    # ruleid: trace.python.template-injection.tainted-template-source
    page = render_template_string("<h1>Hello " + name + "</h1>")
    # ruleid: trace.python.template-injection.tainted-template-source
    tpl = jinja2.Template(request.form["template"])
    # ruleid: trace.python.template-injection.tainted-template-source
    other = env.from_string(f"Dear {name}")
    # ok: trace.python.template-injection.tainted-template-source
    safe = render_template_string("<h1>Hello {{ name }}</h1>", name=name)
    # ok: trace.python.template-injection.tainted-template-source
    also_safe = render_template("hello.html", name=name)
    return page + tpl.render() + other.render() + safe + also_safe


@app.errorhandler(404)
def not_found(error):
    # the URL is the visitor's to choose: /{{config}} lands here
    template = "<h1>Not found</h1><p>%s</p>" % request.url
    # ruleid: trace.python.template-injection.tainted-template-source
    page = render_template_string(template)
    # ok: trace.python.template-injection.tainted-template-source
    safe = render_template_string("<h1>Not found</h1><p>{{ url }}</p>", url=request.url)
    return page + safe, 404


LABEL_TEMPLATES = {"parcel": "<p>{{ shipment.ref }}</p>", "pallet": "<p>{{ shipment.ref }} (pallet)</p>"}


@app.route("/labels/<kind>")
def label(kind):
    # the request only picks a template of the constant table
    source = LABEL_TEMPLATES.get(kind)
    if source is None:
        return "unknown", 404
    # ok: trace.python.template-injection.tainted-template-source
    return env.from_string(source).render(shipment=request.args)


@app.route("/labels/custom")
def custom_label():
    # ruleid: trace.python.template-injection.tainted-template-source
    return env.from_string(request.form.get("source", "")).render()


@app.route("/classes/<int:class_id>/welcome", methods=["POST"])
def preview_welcome(class_id):
    import chameleon

    # ruleid: trace.python.template-injection.tainted-template-source
    page = chameleon.PageTemplate(request.form["welcome_template"])
    # ok: trace.python.template-injection.tainted-template-source
    fixed = chameleon.PageTemplate("<p>Welcome, ${name}</p>")
    return page(name=request.form["name"]) + fixed(name=request.form["name"])
