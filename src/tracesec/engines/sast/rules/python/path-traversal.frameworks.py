# mypy: ignore-errors
# Files sent or saved by path in Pyramid and Quart.
import os

from pyramid.response import FileResponse
from pyramid.view import view_config
from quart import Quart, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

DOCS = "/srv/docs"


@view_config(route_name="doc")
def doc(request):
    # ruleid: trace.python.path-traversal.tainted-file-path
    return FileResponse(os.path.join(DOCS, request.matchdict["name"]), request=request)


@view_config(route_name="doc-safe")
def doc_safe(request):
    name = os.path.basename(request.matchdict["name"])
    # ok: trace.python.path-traversal.tainted-file-path
    return FileResponse(os.path.join(DOCS, name), request=request)


app = Quart(__name__)


@app.route("/file")
async def file():
    # ruleid: trace.python.path-traversal.tainted-file-path
    return await send_file(os.path.join(DOCS, request.args["f"]))


@app.route("/file-dir")
async def file_dir():
    # ok: trace.python.path-traversal.tainted-file-path
    return await send_from_directory(DOCS, request.args["f"])


@app.route("/upload", methods=["POST"])
async def upload():
    files = await request.files
    doc = files["doc"]
    # ruleid: trace.python.path-traversal.tainted-file-path
    await doc.save(os.path.join(DOCS, doc.filename))
    scan = files.get("scan")
    # ok: trace.python.path-traversal.tainted-file-path
    await scan.save(os.path.join(DOCS, secure_filename(scan.filename)))
