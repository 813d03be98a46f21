# mypy: ignore-errors
import os
import pathlib
import re
import uuid

from flask import Flask, abort, request, send_file, send_from_directory
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
    with open(os.path.join(BASE, re.sub(r"[^A-Za-z0-9._-]", "_", name))) as handle:
        data += handle.read()
    # a class that keeps the separator keeps "../"
    # ruleid: trace.python.path-traversal.tainted-file-path
    with open(os.path.join(BASE, re.sub(r"[^A-Za-z0-9./_-]", "_", name))) as handle:
        data += handle.read()
    # ok: trace.python.path-traversal.tainted-file-path
    with open(os.path.join(BASE, "index.txt")) as handle:
        data += handle.read()
    return data + text


@app.route("/static-file")
def static_file():
    # ok: trace.python.path-traversal.tainted-file-path
    return send_from_directory(BASE, request.args["file"])


@app.route("/contained")
def contained():
    target = os.path.realpath(os.path.join(BASE, request.args["file"]))
    if not target.startswith(BASE + os.sep):
        abort(404)
    # ok: trace.python.path-traversal.tainted-file-path
    with open(target) as handle:
        return handle.read()


@app.route("/contained-pathlib")
def contained_pathlib():
    target = (pathlib.Path(BASE) / request.args["file"]).resolve()
    if not target.is_relative_to(BASE):
        raise PermissionError(target)
    # ok: trace.python.path-traversal.tainted-file-path
    return send_file(target)


@app.route("/not-normalised")
def not_normalised():
    target = os.path.join(BASE, request.args["file"])
    # "../" survives a prefix check on a path that was never normalised
    if not target.startswith(BASE):
        abort(404)
    # ruleid: trace.python.path-traversal.tainted-file-path
    with open(target) as handle:
        return handle.read()


@app.route("/exists-only")
def exists_only():
    target = os.path.realpath(os.path.join(BASE, request.args["file"]))
    if not os.path.exists(target):
        abort(404)
    # ruleid: trace.python.path-traversal.tainted-file-path
    return send_file(target)


@app.route("/checked-name")
def checked_name():
    name = request.args["file"]
    if not re.fullmatch(r"[a-z0-9_-]+\.txt", name):
        abort(400)
    # ok: trace.python.path-traversal.tainted-file-path
    return send_file(os.path.join(BASE, name))


@app.route("/by-id")
def by_id():
    # ok: trace.python.path-traversal.tainted-file-path
    return send_file(os.path.join(BASE, str(uuid.UUID(request.args["id"])) + ".pdf"))


@app.route("/upload", methods=["POST"])
def upload():
    photo = request.files["photo"]
    # ruleid: trace.python.path-traversal.tainted-file-path
    photo.save(os.path.join(BASE, photo.filename))
    # ok: trace.python.path-traversal.tainted-file-path
    photo.save(os.path.join(BASE, secure_filename(photo.filename)))
    for attachment in request.files.getlist("attachments"):
        # ruleid: trace.python.path-traversal.tainted-file-path
        attachment.save(BASE + "/" + attachment.filename)
    return "ok"


def _require_file(field):
    upload = request.files.get(field)
    if upload is None or not upload.filename:
        abort(400)
    return upload


def _page_number():
    return int(request.args.get("page", "1"))


def _folder():
    return request.args.get("folder", "inbox")


@app.post("/drawings")
def store_drawing():
    upload = _require_file("drawing")
    # ruleid: trace.python.path-traversal.tainted-file-path
    with open(os.path.join(BASE, upload.filename), "wb") as out:
        upload.save(out)
    # ruleid: trace.python.path-traversal.tainted-file-path
    listing = os.listdir(os.path.join(BASE, _folder()))
    # ok: trace.python.path-traversal.tainted-file-path
    with open(os.path.join(BASE, "page-%d.txt" % _page_number())) as page:
        return page.read() + str(listing)


UPLOADS = pathlib.Path("/srv/rate-sheets")


@app.post("/rate-sheets")
def upload_rate_sheet():
    sheet = request.files["sheet"]
    dest = UPLOADS / sheet.filename
    # ruleid: trace.python.path-traversal.tainted-file-path
    dest.write_bytes(sheet.read())
    # the check comes after the file is written
    if dest.resolve().parent != UPLOADS.resolve():
        dest.unlink(missing_ok=True)
    return "ok"


@app.get("/rate-sheets/<name>")
def read_rate_sheet(name):
    # ruleid: trace.python.path-traversal.tainted-file-path
    data = (UPLOADS / request.args["region"] / name).read_bytes()
    target = (UPLOADS / name).resolve()
    if not target.is_relative_to(UPLOADS):
        abort(404)
    # ok: trace.python.path-traversal.tainted-file-path
    return target.read_bytes() + data + (UPLOADS / "index.txt").read_bytes()


from myapp.paths import join_paths, resolve_within
from django.utils.text import get_valid_filename


@app.post("/pods/<load_ref>")
def store_pod(load_ref):
    upload = request.files["pod"]
    # ok: trace.python.path-traversal.tainted-file-path
    resolve_within(UPLOADS, load_ref, get_valid_filename(upload.filename)).write_bytes(upload.read())
    # ruleid: trace.python.path-traversal.tainted-file-path
    join_paths(UPLOADS, load_ref, upload.filename).write_bytes(upload.read())
    return "ok"
