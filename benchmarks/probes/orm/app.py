from django.db.models.expressions import RawSQL
from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

from .models import Item

app = Flask(__name__)
db = SQLAlchemy(app)


@app.route("/a")
def a():
    q = request.args["q"]
    return {"r": [list(r) for r in db.session.execute(text(f"SELECT * FROM items WHERE name = '{q}'"))]}  # VULN


@app.route("/b")
def b():
    q = request.args["q"]
    return {"r": [list(r) for r in db.session.execute(text("SELECT * FROM items WHERE name = :q"), {"q": q})]}  # SAFE


def django_view(request):
    q = request.GET["q"]
    items = Item.objects.raw("SELECT * FROM items WHERE name = '%s'" % q)  # VULN
    more = Item.objects.extra(where=["name = '%s'" % q])  # VULN
    ann = Item.objects.annotate(x=RawSQL("SELECT '%s'" % q, []))  # VULN
    ok = Item.objects.raw("SELECT * FROM items WHERE name = %s", [q])  # SAFE
    return {"n": len(list(items)) + len(more) + len(ann) + len(list(ok))}


@app.route("/c")
def c():
    order = request.args["order"]
    return {"r": [i.id for i in Item.query.order_by(text(order)).all()]}  # VULN
