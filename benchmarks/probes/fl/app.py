import sqlite3

from flask import Flask

app = Flask(__name__)
conn = sqlite3.connect("app.db")


@app.route("/user/<name>")
def user(name):
    return {"rows": conn.execute(f"SELECT * FROM users WHERE name = '{name}'").fetchall()}  # VULN


@app.route("/user/<int:uid>")
def user_by_id(uid):
    return {"rows": conn.execute(f"SELECT * FROM users WHERE id = {uid}").fetchall()}  # SAFE


@app.route("/doc/<path:doc>/<int:page>")
def doc(doc, page):
    conn.execute(f"SELECT * FROM docs WHERE path = '{doc}' AND page = {page}")  # VULN doc
    conn.execute(f"SELECT * FROM docs WHERE page = {page}")  # SAFE
