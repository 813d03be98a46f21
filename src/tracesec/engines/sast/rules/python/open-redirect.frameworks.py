import tornado.web
from pyramid.httpexceptions import HTTPFound, HTTPSeeOther
from pyramid.view import view_config
from quart import Quart, redirect, request
from werkzeug.utils import redirect as wz_redirect

LOGOUT_TARGETS = {"/", "/schedule"}


class StationHandler(tornado.web.RequestHandler):
    pass


class LogoutHandler(StationHandler):
    def get(self):
        # ruleid: trace.python.open-redirect.tainted-redirect
        self.redirect(self.get_argument("return_to", "/"))


class BackHandler(tornado.web.RequestHandler):
    def get(self):
        target = self.get_query_argument("to")
        if target not in LOGOUT_TARGETS:
            target = "/"
        # ok: trace.python.open-redirect.tainted-redirect
        self.redirect(target)


@view_config(route_name="login", request_method="POST")
def login_submit(request):
    # ruleid: trace.python.open-redirect.tainted-redirect
    return HTTPFound(location=request.POST.get("next"))


@view_config(route_name="back")
def back(request):
    # ruleid: trace.python.open-redirect.tainted-redirect
    raise HTTPSeeOther(request.params["next"])


@view_config(route_name="home")
def home(request):
    # ok: trace.python.open-redirect.tainted-redirect
    return HTTPFound(location=request.route_url("home"))


@view_config(route_name="logout")
def logout(request):
    target = request.params.get("next")
    if not is_safe_redirect(target):
        target = request.route_url("home")
    # ok: trace.python.open-redirect.tainted-redirect
    return HTTPFound(location=target)


@view_config(route_name="handover")
def handover(request):
    response = request.response
    # ruleid: trace.python.open-redirect.tainted-redirect
    response.headers["Location"] = request.params["next"]
    response.status = 302
    return response


app = Quart(__name__)


@app.route("/leave")
async def leave():
    # ruleid: trace.python.open-redirect.tainted-redirect
    return redirect(request.args.get("next"))


def wsgi_app(request):
    # ruleid: trace.python.open-redirect.tainted-redirect
    return wz_redirect(request.args["next"])
