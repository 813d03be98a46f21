# mypy: ignore-errors
# Request data as each framework hands it to a handler (sources shared by every rule that
# reads the request), with a look-alike that must stay quiet beside each.
import json
import sqlite3

import tornado.web
import tornado.websocket
from bottle import Bottle
from django import forms
from django.views.generic import DetailView, FormView
from fastapi import FastAPI, WebSocket
from flask import Flask, request
from flask.views import MethodView
from rest_framework import generics, serializers

conn = sqlite3.connect("app.db")


# Tornado: the request's argument dicts, the URL's groups kept by the handler, and the
# handler method's own parameters
class SearchHandler(tornado.web.RequestHandler):
    def get(self):
        raw = self.request.arguments["q"][0].decode()
        # ruleid: trace.python.sql-injection.tainted-query
        conn.execute("SELECT * FROM docs WHERE title = '%s'" % raw)
        first = self.request.query_arguments["q"][0].decode()
        # ruleid: trace.python.sql-injection.tainted-query
        conn.execute("SELECT * FROM docs WHERE title = '%s'" % first)
        # ok: trace.python.sql-injection.tainted-query
        conn.execute("SELECT * FROM docs WHERE title = ?", (raw,))

    def post(self):
        raw = self.request.body_arguments["title"][0].decode()
        # ruleid: trace.python.sql-injection.tainted-query
        conn.execute("INSERT INTO docs (title) VALUES ('%s')" % raw)


class DocHandler(tornado.web.RequestHandler):
    def get(self, slug):
        # ruleid: trace.python.sql-injection.tainted-query
        conn.execute("SELECT * FROM docs WHERE slug = '%s'" % slug)

    def delete(self, doc_id):
        # ok: trace.python.sql-injection.tainted-query
        conn.execute("DELETE FROM docs WHERE id = %s" % doc_id)


class GroupsHandler(tornado.web.RequestHandler):
    def get(self, *args, **kwargs):
        # ruleid: trace.python.sql-injection.tainted-query
        conn.execute("SELECT * FROM docs WHERE slug = '%s'" % self.path_args[0])
        # ruleid: trace.python.sql-injection.tainted-query
        conn.execute("SELECT * FROM docs WHERE slug = '%s'" % self.path_kwargs["slug"])
        # ok: trace.python.sql-injection.tainted-query
        conn.execute("SELECT * FROM docs WHERE id = %d" % int(self.path_args[0]))


class ChatSocket(tornado.websocket.WebSocketHandler):
    def on_message(self, message):
        room = json.loads(message)["room"]
        # ruleid: trace.python.sql-injection.tainted-query
        conn.execute("INSERT INTO log (room) VALUES ('%s')" % room)


class DocCache:
    def get(self, slug):
        # ok: trace.python.sql-injection.tainted-query
        return conn.execute("SELECT * FROM cache WHERE slug = '%s'" % slug)


# Flask: a MethodView's parameters are its rule's URL variables
class ItemAPI(MethodView):
    def get(self, name):
        # ruleid: trace.python.sql-injection.tainted-query
        conn.execute("SELECT * FROM items WHERE name = '%s'" % name)

    def put(self, item_id):
        # ok: trace.python.sql-injection.tainted-query
        conn.execute("UPDATE items SET seen = 1 WHERE id = %s" % item_id)


app = Flask(__name__)


@app.route("/items")
def items():
    # a value converted as it is read
    page = request.args.get("page", 1, type=int)
    # ok: trace.python.sql-injection.tainted-query
    conn.execute("SELECT * FROM items LIMIT 20 OFFSET %d" % (page * 20))
    sort = request.args.get("sort", "name", type=str)
    # ruleid: trace.python.sql-injection.tainted-query
    conn.execute("SELECT * FROM items ORDER BY %s" % sort)


# Bottle: a `<name:path>` wildcard is text, `<id:int>` a number
web = Bottle()


@web.route("/files/<subpath:path>")
def file_meta(subpath):
    # ruleid: trace.python.sql-injection.tainted-query
    conn.execute("SELECT * FROM files WHERE path = '%s'" % subpath)


@web.route("/files/<fid:int>")
def file_by_id(fid):
    # ok: trace.python.sql-injection.tainted-query
    conn.execute("SELECT * FROM files WHERE id = %d" % fid)


# Django's class-based views: self.kwargs are the URL's captured values
class ArticleDetail(DetailView):
    def get_queryset(self):
        section = self.kwargs["section"]
        # ruleid: trace.python.sql-injection.tainted-query
        return Article.objects.raw("SELECT * FROM articles WHERE section = '%s'" % section)

    def get_object(self):
        # ok: trace.python.sql-injection.tainted-query
        return Article.objects.raw("SELECT * FROM articles WHERE id = %s" % self.kwargs["pk"])


class Exporter:
    def __init__(self, **kwargs):
        self.kwargs = kwargs

    def run(self):
        # ok: trace.python.sql-injection.tainted-query
        conn.execute("SELECT * FROM %s" % self.kwargs["table"])


# a bound form's cleaned values, wherever the form was filled
class SearchForm(forms.Form):
    q = forms.CharField()
    owner_id = forms.IntegerField()

    def clean_q(self):
        q = self.cleaned_data["q"]
        # ruleid: trace.python.sql-injection.tainted-query
        conn.execute("SELECT count(*) FROM items WHERE name = '%s'" % q)
        return q


class SearchView(FormView):
    form_class = SearchForm

    def form_valid(self, form):
        # ruleid: trace.python.sql-injection.tainted-query
        conn.execute("SELECT * FROM items WHERE name = '%s'" % form.cleaned_data["q"])
        # ok: trace.python.sql-injection.tainted-query
        conn.execute("SELECT * FROM items WHERE owner = %s" % form.cleaned_data["owner_id"])
        # ok: trace.python.sql-injection.tainted-query
        conn.execute("SELECT * FROM items WHERE name = ?", (form.cleaned_data["q"],))
        return super().form_valid(form)


# DRF: a serializer's validated data, and the hooks it hands the data to
class NoteSerializer(serializers.ModelSerializer):
    def validate_title(self, value):
        # ruleid: trace.python.sql-injection.tainted-query
        conn.execute("SELECT 1 FROM notes WHERE title = '%s'" % value)
        return value

    def create(self, validated_data):
        # ruleid: trace.python.sql-injection.tainted-query
        conn.execute("INSERT INTO notes (title) VALUES ('%s')" % validated_data["title"])
        return validated_data


class NoteCreate(generics.CreateAPIView):
    serializer_class = NoteSerializer

    def perform_create(self, serializer):
        title = serializer.validated_data["title"]
        # ruleid: trace.python.sql-injection.tainted-query
        conn.execute("INSERT INTO audit (what) VALUES ('%s')" % title)
        copies = int(serializer.validated_data["copies"])
        # ok: trace.python.sql-injection.tainted-query
        conn.execute("UPDATE stock SET copies = %d" % copies)


class NoteStore:
    def create(self, validated_data):
        # ok: trace.python.sql-injection.tainted-query
        conn.execute("INSERT INTO notes (title) VALUES ('%s')" % validated_data["title"])


# websockets: Starlette's (FastAPI's) and aiohttp's received messages
api = FastAPI()


@api.websocket("/ws")
async def ws_endpoint(websocket: WebSocket):
    await websocket.accept()
    text = await websocket.receive_text()
    # ruleid: trace.python.sql-injection.tainted-query
    conn.execute("INSERT INTO chat (line) VALUES ('%s')" % text)
    seq = int(await websocket.receive_text())
    # ok: trace.python.sql-injection.tainted-query
    conn.execute("UPDATE chat SET seq = %d" % seq)


# aiohttp: the query read from the URL object
async def by_rel_url(request):
    q = request.rel_url.query.get("q", "")
    # ruleid: trace.python.sql-injection.tainted-query
    conn.execute("SELECT * FROM items WHERE name = '%s'" % q)
    # ok: trace.python.sql-injection.tainted-query
    conn.execute("SELECT * FROM items WHERE name = ?", (q,))
    # the request's own path is not its query
    # ok: trace.python.sql-injection.tainted-query
    conn.execute("INSERT INTO hits (path) VALUES ('%s')" % request.rel_url.path)


# Tortoise ORM: a connection's raw SQL
from tortoise import connections


@app.get("/bookings")
async def list_bookings(sort: str = "starts_at"):
    conn = connections.get("default")
    # ruleid: trace.python.sql-injection.tainted-query
    rows = await conn.execute_query_dict("SELECT * FROM lane_booking ORDER BY " + sort)
    # ok: trace.python.sql-injection.tainted-query
    same = await conn.execute_query_dict("SELECT * FROM lane_booking WHERE status = %s", [sort])
    return rows + same


@app.get("/classes/spaces")
async def class_spaces(ids: list[str]):
    conn = connections.get("default")
    placeholders = ", ".join(["%s"] * len(ids))
    # ok: trace.python.sql-injection.tainted-query
    rows = await conn.execute_query_dict(f"SELECT id FROM swim_class WHERE id IN ({placeholders})", [int(i) for i in ids])
    # ruleid: trace.python.sql-injection.tainted-query
    more = await conn.execute_query_dict(f"SELECT id FROM swim_class WHERE code IN ({', '.join(ids)})")
    return rows + more
