"""Entry point for the CherryPy admin console."""
import os

import cherrypy

from brightwell.admin import auth  # noqa: F401  (registers tools.require_admin)
from brightwell.admin.maintenance import MaintenancePage
from brightwell.admin.members import MembersPage
from brightwell.admin.reports import ReportsPage
from brightwell.admin.auth import admin_page
from brightwell.config import BASE_DIR
from brightwell.db import database, init_database
from brightwell.services import account_service

SECTIONS = {
    "reports": "/reports/",
    "members": "/members/",
    "maintenance": "/maintenance/",
}


class Root:
    def __init__(self):
        self.reports = ReportsPage()
        self.members = MembersPage()
        self.maintenance = MaintenancePage()

    @cherrypy.expose
    def index(self):
        raise cherrypy.HTTPRedirect("/reports/")

    @cherrypy.expose
    def login(self, username=None, password=None, return_to=None):
        if cherrypy.request.method != "POST":
            return admin_page("login", error=None, return_to=return_to or "")
        gardener = account_service.authenticate(username or "", password or "")
        if gardener is None or gardener.role not in auth.ADMIN_ROLES:
            return admin_page("login", error="Invalid credentials", return_to=return_to or "")
        cherrypy.session.regenerate()
        cherrypy.session["admin_id"] = gardener.id
        auth.redirect_after_login(return_to)

    @cherrypy.expose
    def go(self, section="reports"):
        raise cherrypy.HTTPRedirect(SECTIONS.get(section, "/"))  # SAFE redirect

    @cherrypy.expose
    def logout(self):
        cherrypy.session.clear()
        raise cherrypy.HTTPRedirect("/login")


def _db_connect():
    database.connect(reuse_if_open=True)


def _db_close():
    if not database.is_closed():
        database.close()


cherrypy.tools.db_connect = cherrypy.Tool("on_start_resource", _db_connect)
cherrypy.tools.db_close = cherrypy.Tool("on_end_request", _db_close)

CONFIG = {
    "/": {
        "tools.sessions.on": True,
        "tools.sessions.secure": True,
        "tools.sessions.httponly": True,
        "tools.require_admin.on": True,
        "tools.db_connect.on": True,
        "tools.db_close.on": True,
    },
    "/static": {
        "tools.staticdir.on": True,
        "tools.staticdir.dir": os.path.join(str(BASE_DIR), "static"),
    },
}


def main():
    init_database()
    cherrypy.config.update({"server.socket_host": "127.0.0.1", "server.socket_port": 8090})
    cherrypy.quickstart(Root(), "/", CONFIG)


if __name__ == "__main__":
    main()
