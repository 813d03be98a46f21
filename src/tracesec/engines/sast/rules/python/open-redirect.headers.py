# mypy: ignore-errors
# A Location header written by hand: set on the response, or given to it as it is built.
import tornado.web
from aiohttp import web
from bottle import response as bottle_response
from bottle import route
from fastapi import FastAPI
from fastapi.responses import Response
from flask import Flask
from flask import Response as FlaskResponse
from flask import request

app = Flask(__name__)


@app.route("/leave")
def leave():
    # ruleid: trace.python.open-redirect.tainted-redirect
    return FlaskResponse(status=302, headers={"Location": request.args["next"]})


@app.route("/stay")
def stay():
    # ok: trace.python.open-redirect.tainted-redirect
    return FlaskResponse(status=302, headers={"Location": "/home", "X-From": request.args["next"]})


api = FastAPI()


@api.get("/go")
def go(next: str):
    # ruleid: trace.python.open-redirect.tainted-redirect
    return Response(status_code=303, headers={"location": next})


async def aio_go(request):
    # ruleid: trace.python.open-redirect.tainted-redirect
    return web.Response(status=302, headers={"Location": request.query["next"]})


class ContinueHandler(tornado.web.RequestHandler):
    def get(self):
        self.set_status(302)
        # ruleid: trace.python.open-redirect.tainted-redirect
        self.set_header("Location", self.get_argument("next"))

    def post(self):
        # ok: trace.python.open-redirect.tainted-redirect
        self.set_header("X-Requested-Next", self.get_argument("next"))


@route("/b/go/<target:path>")
def bottle_go(target):
    bottle_response.status = 302
    # ruleid: trace.python.open-redirect.tainted-redirect
    bottle_response.set_header("Location", target)
