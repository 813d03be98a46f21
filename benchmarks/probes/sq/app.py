import sqlite3

from flask import Flask, request

app = Flask(__name__)
SORTABLE = {"name", "created"}


@app.route("/items")
def items():
    sort = request.args.get("sort", "name")
    if sort not in SORTABLE:
        sort = "name"
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id, name FROM items ORDER BY {sort}").fetchall()
    return {"items": rows}


@app.route("/items2")
def items2():
    sort = request.args.get("sort", "name")
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id, name FROM items ORDER BY {sort}").fetchall()
    return {"items": rows}
