# mypy: ignore-errors
import sqlite3

import sqlalchemy
from django.http import HttpResponse
from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("app.db")


@app.route("/user")
def user_by_id():
    cur = db.cursor()
    user_id = request.args.get("id")
    # ruleid: trace.python.sql-injection.tainted-query
    cur.execute("SELECT * FROM users WHERE id = %s" % user_id)
    # ruleid: trace.python.sql-injection.tainted-query
    cur.execute(f"SELECT * FROM users WHERE id = {user_id}")
    query = "SELECT name FROM users WHERE name = '" + request.form["name"] + "'"
    # ruleid: trace.python.sql-injection.tainted-query
    cur.execute(query)
    # ok: trace.python.sql-injection.tainted-query
    cur.execute("SELECT * FROM users WHERE id = %s", (user_id,))
    # ok: trace.python.sql-injection.tainted-query
    cur.execute("SELECT * FROM users WHERE id = ?", [request.args["id"]])
    # ok: trace.python.sql-injection.tainted-query
    cur.execute("SELECT * FROM users WHERE id = %d" % int(user_id))
    # ok: trace.python.sql-injection.tainted-query
    cur.execute("SELECT count(*) FROM users")
    import configparser

    prefs = configparser.ConfigParser()
    prefs.add_section("sort")
    prefs.set("sort", "default", "name")
    prefs.set("sort", "requested", request.args.get("sort", "name"))
    # ruleid: trace.python.sql-injection.tainted-query
    cur.execute("SELECT * FROM users ORDER BY " + prefs.get("sort", "requested"))
    # ok: trace.python.sql-injection.tainted-query
    cur.execute("SELECT * FROM users ORDER BY " + prefs.get("sort", "default"))
    columns = ["id"]
    columns.append(request.args.get("extra"))
    # ruleid: trace.python.sql-injection.tainted-query
    cur.execute("SELECT " + ", ".join(columns) + " FROM users")
    return "ok"


@app.route("/search")
def search(engine):
    term = request.values.get("q", "")
    with engine.connect() as conn:
        # ruleid: trace.python.sql-injection.tainted-query
        conn.execute(sqlalchemy.text("SELECT * FROM items WHERE title LIKE '%" + term + "%'"))
        # ok: trace.python.sql-injection.tainted-query
        conn.execute(sqlalchemy.text("SELECT * FROM items WHERE title LIKE :t"), {"t": term})
    return "ok"


def django_view(request):
    from shop.models import Product

    order = request.GET.get("order", "id")
    # ruleid: trace.python.sql-injection.tainted-query
    rows = Product.objects.raw("SELECT * FROM shop_product ORDER BY " + order)
    # ruleid: trace.python.sql-injection.tainted-query
    Product.objects.extra(where=["name = '%s'" % request.GET["name"]])
    # ok: trace.python.sql-injection.tainted-query
    Product.objects.raw("SELECT * FROM shop_product WHERE id = %s", [request.GET["id"]])
    # ok: trace.python.sql-injection.tainted-query
    Product.objects.filter(name=request.GET.get("name"))
    return HttpResponse(str(list(rows)))


def offline_report(cur, table_name):
    # Not request data: this rule stays quiet (no source).
    # ok: trace.python.sql-injection.tainted-query
    cur.execute("SELECT * FROM " + table_name)


SORTABLE = {"name", "created"}
SORT_MAP = {"name": "users.name", "created": "users.created_at"}


@app.route("/sorted")
def sorted_users():
    sort = request.args.get("sort", "name")
    if sort not in SORTABLE:
        sort = "name"
    cur = sqlite3.connect("app.db").cursor()
    # ok: trace.python.sql-injection.tainted-query
    cur.execute(f"SELECT * FROM users ORDER BY {sort}")
    order = request.args.get("order")
    if order is None:
        order = "asc"
    # ruleid: trace.python.sql-injection.tainted-query
    cur.execute(f"SELECT * FROM users ORDER BY name {order}")
    column = request.args["by"] if request.args["by"] in SORTABLE else "name"
    # ok: trace.python.sql-injection.tainted-query
    cur.execute(f"SELECT * FROM users ORDER BY {column}")
    direction = request.args["dir"]
    direction = "asc" if direction not in SORTABLE else direction
    # ok: trace.python.sql-injection.tainted-query
    cur.execute(f"SELECT * FROM users ORDER BY name {direction}")
    other = request.args["by"] if request.args["then"] in SORTABLE else "name"
    # ruleid: trace.python.sql-injection.tainted-query
    cur.execute(f"SELECT * FROM users ORDER BY {other}")
    by = request.args["by"]
    # ok: trace.python.sql-injection.tainted-query
    cur.execute(f"SELECT * FROM users ORDER BY {SORT_MAP.get(by, 'created_at')}")
    # an unknown key falls back to itself
    # ruleid: trace.python.sql-injection.tainted-query
    cur.execute(f"SELECT * FROM users ORDER BY {SORT_MAP.get(by, by)}")


_SORT_COLUMNS = {"start": "start_time", "room": "room_no"}


def appointments_for_day(cur):
    # a private constant table (leading underscore) is a table too
    column = _SORT_COLUMNS.get(request.args.get("sort"), "start_time")
    # ok: trace.python.sql-injection.tainted-query
    cur.execute(f"SELECT id FROM appointments ORDER BY {column}")
    direction = _sort_direction.get(request.args.get("dir"), "ASC")
    # ruleid: trace.python.sql-injection.tainted-query
    cur.execute(f"SELECT id FROM appointments ORDER BY start_time {direction}")


# A compiled expression's match guards only when the pattern reaches the end of the value
import re

GROUP_PREFIX = re.compile(r"[a-z_]+")
GROUP_WHOLE = re.compile(r"[a-z_]+$")
GROUP_END = re.compile(r"(?:clinic|service_line)\Z")


@app.route("/revenue")
def revenue_grouped():
    cur = db.cursor()
    group = request.args.get("group", "clinic")
    if not GROUP_PREFIX.match(group):
        return "bad group", 400
    # ruleid: trace.python.sql-injection.tainted-query
    cur.execute(f"SELECT {group}, sum(total) FROM invoices GROUP BY {group}")
    if not GROUP_WHOLE.match(group):
        return "bad group", 400
    # ok: trace.python.sql-injection.tainted-query
    cur.execute(f"SELECT {group}, sum(total) FROM invoices GROUP BY {group}")


@app.route("/revenue2")
def revenue_grouped_inline():
    cur = db.cursor()
    group = request.args.get("group", "clinic")
    if GROUP_PREFIX.match(group):
        # ruleid: trace.python.sql-injection.tainted-query
        cur.execute(f"SELECT {group}, sum(total) FROM invoices GROUP BY {group}")
    if GROUP_END.match(group):
        # ok: trace.python.sql-injection.tainted-query
        cur.execute(f"SELECT {group}, sum(total) FROM invoices GROUP BY {group}")
    other = request.args.get("other", "clinic")
    if re.match(r"[a-z_]+", other) is None:
        raise ValueError(other)
    # ruleid: trace.python.sql-injection.tainted-query
    cur.execute(f"SELECT {other} FROM invoices")
    third = request.args.get("third", "clinic")
    if re.match(r"^[a-z_]+$", third) is None:
        raise ValueError(third)
    # ok: trace.python.sql-injection.tainted-query
    cur.execute(f"SELECT {third} FROM invoices")


@app.route("/appointments")
def appointments_by_status():
    cur = db.cursor()
    statuses = request.args.getlist("status")
    in_list = ", ".join(f"'{s}'" for s in statuses)
    # ruleid: trace.python.sql-injection.tainted-query
    cur.execute(f"SELECT * FROM appointments WHERE status IN ({in_list})")
    wanted = [s.strip().lower() for s in statuses if s]
    # ruleid: trace.python.sql-injection.tainted-query
    cur.execute("SELECT * FROM appointments WHERE status IN ('" + "','".join(wanted) + "')")
    ids = [int(s) for s in request.args.getlist("id")]
    # ok: trace.python.sql-injection.tainted-query
    cur.execute(f"SELECT * FROM appointments WHERE id IN ({', '.join(map(str, ids))})")


@app.route("/berths")
def berth_by_code():
    # SQLAlchemy Core: the expression language binds what it compares
    from sqlalchemy import and_, select

    code = request.args["code"]
    berths = sqlalchemy.Table("berths", sqlalchemy.MetaData())
    stmt = select(berths).where(and_(berths.c.code == code, berths.c.active.is_(True)))
    with engine.connect() as conn:
        # ok: trace.python.sql-injection.tainted-query
        conn.execute(stmt)
        # ok: trace.python.sql-injection.tainted-query
        conn.execute(select(berths).where(berths.c.name.ilike(f"%{code}%")))
        # ok: trace.python.sql-injection.tainted-query
        conn.execute(select(berths).where(berths.c.code.in_(code.split(","))))
        # ok: trace.python.sql-injection.tainted-query
        conn.execute(sqlalchemy.update(berths).where(berths.c.id == 1).values(name=code))
        # ruleid: trace.python.sql-injection.tainted-query
        conn.execute(select(berths).where(sqlalchemy.text(f"code = '{code}'")))
        # ruleid: trace.python.sql-injection.tainted-query
        conn.exec_driver_sql(f"SELECT * FROM berths WHERE code = '{code}'")
        # ok: trace.python.sql-injection.tainted-query
        conn.exec_driver_sql("SELECT * FROM berths WHERE code = %(c)s", {"c": code})
        labels = {"a": code}
        # ruleid: trace.python.sql-injection.tainted-query
        conn.execute("SELECT * FROM berths WHERE label IN ('" + "', '".join(labels.values()) + "')")
        # ruleid: trace.python.sql-injection.tainted-query
        conn.execute(f"SELECT * FROM berths WHERE code = '{code}' AND {code != ''}")


def sanic_download(request):
    from sanic.response import raw

    name = request.args.get("name", "")
    # ok: trace.python.sql-injection.tainted-query
    return raw(name.encode(), content_type="application/octet-stream")
