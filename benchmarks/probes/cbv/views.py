import subprocess

import tornado.web
from django.db import connection
from django.views import View
from django.views.generic import ListView


class SearchView(View):
    def get(self, request):
        q = self.request.GET.get("q", "")
        with connection.cursor() as c:
            c.execute(f"SELECT * FROM items WHERE name = '{q}'")  # VULN


class ItemList(ListView):
    def get_queryset(self):
        order = self.request.GET.get("order", "name")
        with connection.cursor() as c:
            c.execute("SELECT * FROM items ORDER BY " + order)  # VULN
        return []


class PingHandler(tornado.web.RequestHandler):
    def get(self):
        host = self.get_argument("host")
        subprocess.run("ping -c 1 " + host, shell=True)  # VULN
