# mypy: ignore-errors
# HTML responses of each framework, and look-alikes that send another type.
import csv

import bottle
from aiohttp import web
from bottle import HTTPResponse, route
from bottle import response as bresponse
from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseNotFound,
    JsonResponse,
    StreamingHttpResponse,
)
from fastapi import FastAPI
from fastapi.responses import Response
from flask import Flask
from flask import Response as FlaskResponse
from flask import request
from pyramid.response import Response as PyramidResponse
from pyramid.view import view_config
from quart import Quart, make_response, render_template, send_file
from quart import Response as QuartResponse
from starlette.responses import Response as StarletteResponse


# Django: error and streamed responses are text/html, and so is a response written to
def bad_sort(request):
    # ruleid: trace.python.xss.tainted-html-response
    return HttpResponseBadRequest("Unknown sort: " + request.GET["sort"])


def missing(request, slug):
    # ruleid: trace.python.xss.tainted-html-response
    return HttpResponseNotFound(f"<h1>No page {slug}</h1>")


def missing_json(request, slug):
    # ok: trace.python.xss.tainted-html-response
    return JsonResponse({"missing": slug}, status=404)


def by_keyword(request):
    # ruleid: trace.python.xss.tainted-html-response
    return HttpResponse(content="<p>" + request.GET["m"] + "</p>")


def streamed(request):
    # ruleid: trace.python.xss.tainted-html-response
    return StreamingHttpResponse("<p>" + request.GET["m"] + "</p>")


def written(request):
    resp = HttpResponse()
    # ruleid: trace.python.xss.tainted-html-response
    resp.write("<p>" + request.GET["m"] + "</p>")
    return resp


def csv_export(request):
    resp = HttpResponse(content_type="text/csv")
    # ok: trace.python.xss.tainted-html-response
    resp.write(request.GET["title"] + "\n")
    csv.writer(resp).writerow([request.GET["title"]])
    return resp


# Starlette and FastAPI: a plain Response is what its media type says
api = FastAPI()


@api.get("/page")
def page(m: str):
    # ruleid: trace.python.xss.tainted-html-response
    return Response(content="<p>" + m + "</p>", media_type="text/html")


@api.get("/raw")
def raw(m: str):
    # ok: trace.python.xss.tainted-html-response
    return Response(content=m, media_type="text/plain")


async def star_page(request):
    # ruleid: trace.python.xss.tainted-html-response
    return StarletteResponse("<h1>" + request.path_params["name"] + "</h1>", media_type="text/html")


# Flask: the type given in the response's headers
app = Flask(__name__)


@app.route("/note")
def note():
    # ok: trace.python.xss.tainted-html-response
    return FlaskResponse(request.args["m"], headers={"Content-Type": "text/plain"})


# Pyramid: a response is text/html unless told otherwise
@view_config(route_name="greet")
def greet(request):
    # ruleid: trace.python.xss.tainted-html-response
    return PyramidResponse("<p>Hello " + request.params["name"] + "</p>")


@view_config(route_name="greet-text")
def greet_text(request):
    # ruleid: trace.python.xss.tainted-html-response
    return PyramidResponse(text="<p>Hello " + request.params["name"] + "</p>")


@view_config(route_name="greet-plain")
def greet_plain(request):
    # ok: trace.python.xss.tainted-html-response
    return PyramidResponse(text=request.params["name"], content_type="text/plain")


@view_config(route_name="banner")
def banner(request):
    # ruleid: trace.python.xss.tainted-html-response
    request.response.text = "<div>" + request.params["msg"] + "</div>"
    return request.response


@view_config(route_name="banner-plain")
def banner_plain(request):
    request.response.content_type = "text/plain"
    # ok: trace.python.xss.tainted-html-response
    request.response.text = request.params["msg"]
    return request.response


# Quart: Flask's responses, awaited
qapp = Quart(__name__)


@qapp.route("/q/resp/<m>")
async def q_resp(m):
    # ruleid: trace.python.xss.tainted-html-response
    return QuartResponse("<p>" + m + "</p>")


@qapp.route("/q/made/<m>")
async def q_made(m):
    # ruleid: trace.python.xss.tainted-html-response
    resp = await make_response("<p>" + m + "</p>")
    return resp


@qapp.route("/q/hello/<name>")
async def q_hello(name):
    # ruleid: trace.python.xss.tainted-html-response
    return "<h1>Hello " + name + "</h1>"


@qapp.route("/q/page/<name>")
async def q_page(name):
    # ok: trace.python.xss.tainted-html-response
    return await render_template("page.html", name=name)


@qapp.route("/q/file/<name>")
async def q_file(name):
    # ok: trace.python.xss.tainted-html-response
    return await send_file("/srv/files/" + name)


# Bottle: a returned string is text/html until the response's type says otherwise
@route("/b/hello/<name>")
def b_hello(name):
    # ruleid: trace.python.xss.tainted-html-response
    return "<h1>Hello " + name + "</h1>"


@route("/b/resp/<m>")
def b_resp(m):
    # ruleid: trace.python.xss.tainted-html-response
    return HTTPResponse("<p>" + m + "</p>")


@route("/b/plain/<m>")
def b_plain(m):
    bresponse.content_type = "text/plain"
    # ok: trace.python.xss.tainted-html-response
    return m


@route("/b/tpl/<m>")
def b_tpl(m):
    # ok: trace.python.xss.tainted-html-response
    return bottle.template("<p>{{m}}</p>", m=m)


# aiohttp: handlers return response objects, text/plain unless their type says HTML
routes = web.RouteTableDef()


@routes.get("/a/plain")
async def a_plain(request):
    # ok: trace.python.xss.tainted-html-response
    return web.Response(text=request.query["m"])
