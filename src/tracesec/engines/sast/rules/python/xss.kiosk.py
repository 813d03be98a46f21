# mypy: ignore-errors
import tornado.web


class KioskHandler(tornado.web.RequestHandler):
    def prepare(self):
        self.set_header("Cache-Control", "no-store")


class BoardHandler(KioskHandler):
    def get(self):
        banner = self.get_argument("banner", "Welcome")
        # ruleid: trace.python.xss.tainted-html-response
        self.write(f'<div class="banner">{banner}</div>')


class Formatter:
    def get_argument(self, name, default=""):
        return default

    def show(self):
        # ok: trace.python.xss.tainted-html-response
        self.write(f'<div class="banner">{self.get_argument("banner")}</div>')


class ExportHandler(KioskHandler):
    def get(self):
        name = self.get_argument("name")
        # ok: trace.python.xss.tainted-html-response
        self.write({"name": name})

    def post(self):
        name = self.get_argument("name")
        self.set_header("Content-Type", "text/csv")
        # ok: trace.python.xss.tainted-html-response
        self.finish("name\n" + name)

    def put(self):
        name = self.get_argument("name")
        self.set_header("X-Frame-Options", "DENY")
        # ruleid: trace.python.xss.tainted-html-response
        self.finish("<p>" + name + "</p>")

    def patch(self):
        # ok: trace.python.xss.tainted-html-response
        self.write(self.render_string("export.html", name=self.get_argument("name")))
