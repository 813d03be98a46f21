# mypy: ignore-errors
import sqlite3

from django.db import connection
from flask import Flask

app = Flask(__name__)
conn = sqlite3.connect("app.db")


@app.route("/user/<name>")
def user(name):
    # ruleid: trace.python.sql-injection.tainted-query
    conn.execute(f"SELECT * FROM users WHERE name = '{name}'")


@app.route("/user/<int:uid>")
def user_by_id(uid):
    # ok: trace.python.sql-injection.tainted-query
    conn.execute(f"SELECT * FROM users WHERE id = {uid}")


@app.get("/files/<path:subpath>")
def file_meta(subpath):
    # ruleid: trace.python.sql-injection.tainted-query
    conn.execute(f"SELECT * FROM files WHERE path = '{subpath}'")


def article(request, slug):
    with connection.cursor() as cursor:
        # ruleid: trace.python.sql-injection.tainted-query
        cursor.execute(f"SELECT * FROM articles WHERE slug = '{slug}'")


def article_by_pk(request, pk):
    with connection.cursor() as cursor:
        # ok: trace.python.sql-injection.tainted-query
        cursor.execute(f"SELECT * FROM articles WHERE id = {pk}")


class ArticleView:
    def get(self, request, slug, format=None):
        with connection.cursor() as cursor:
            # ruleid: trace.python.sql-injection.tainted-query
            cursor.execute(f"SELECT * FROM articles WHERE slug = '{slug}'")


class SearchView:
    def get(self, request):
        q = self.request.GET.get("q", "")
        with connection.cursor() as cursor:
            # ruleid: trace.python.sql-injection.tainted-query
            cursor.execute(f"SELECT * FROM items WHERE name = '{q}'")
            # ok: trace.python.sql-injection.tainted-query
            cursor.execute("SELECT * FROM items WHERE name = %s", [q])


def annotated(request):
    from django.db.models.expressions import RawSQL

    q = request.GET["q"]
    # ruleid: trace.python.sql-injection.tainted-query
    Article.objects.annotate(flag=RawSQL("SELECT '%s'" % q, []))
    # ok: trace.python.sql-injection.tainted-query
    Article.objects.annotate(flag=RawSQL("SELECT %s", [q]))
