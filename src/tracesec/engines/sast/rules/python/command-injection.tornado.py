# mypy: ignore-errors
import subprocess

import tornado.web


class PingHandler(tornado.web.RequestHandler):
    def get(self):
        host = self.get_argument("host")
        # ruleid: trace.python.command-injection.tainted-shell-command
        subprocess.run("ping -c 1 " + host, shell=True)
        # ok: trace.python.command-injection.tainted-shell-command
        subprocess.run(["ping", "-c", "1", host])


class Helper:
    def get(self):
        # ok: trace.python.command-injection.tainted-shell-command
        subprocess.run("ping -c 1 " + self.get_argument("host"), shell=True)
