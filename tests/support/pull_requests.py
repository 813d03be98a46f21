"""A flaw a pull request adds in tests of pull-request checks: a shell command built from request
input (a critical SAST finding of Trace's own rules), in a module of its own."""

SHELL_FLAW = """import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/orders/<order_id>/archive")
def archive(order_id):
    target = request.form["target"]
    subprocess.run("tar czf /srv/archive/" + target + ".tgz /srv/orders/" + order_id, shell=True)
    return {"archived": True}
"""
