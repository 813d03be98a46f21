# mypy: ignore-errors
import os
import pathlib

from flask import Flask, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
BASE = "/srv/uploads"


@app.route("/download")
def download():
    name = request.args.get("file")
    # ruleid: trace.python.path-traversal.tainted-file-path
    with open(os.path.join(BASE, name)) as handle:
        data = handle.read()
    # ruleid: trace.python.path-traversal.tainted-file-path
    send_file("/srv/reports/" + request.args["report"])
    # ruleid: trace.python.path-traversal.tainted-file-path
    os.remove(BASE + "/" + request.form["victim"])
    # ruleid: trace.python.path-traversal.tainted-file-path
    text = pathlib.Path(BASE, name).read_text()
    # ok: trace.python.path-traversal.tainted-file-path
    with open(os.path.join(BASE, secure_filename(name))) as handle:
        data += handle.read()
    # ok: trace.python.path-traversal.tainted-file-path
    with open(os.path.join(BASE, os.path.basename(name))) as handle:
        data += handle.read()
    # ok: trace.python.path-traversal.tainted-file-path
    with open(os.path.join(BASE, "index.txt")) as handle:
        data += handle.read()
    return data + text


@app.route("/static-file")
def static_file():
    # ok: trace.python.path-traversal.tainted-file-path
    return send_from_directory(BASE, request.args["file"])
