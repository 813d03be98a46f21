import html
import os
import re
import tempfile
import uuid
import zipfile
from urllib.parse import urlparse

import requests
from flask import (
    Blueprint,
    abort,
    current_app,
    jsonify,
    make_response,
    redirect,
    render_template_string,
    request,
    send_file,
    send_from_directory,
)
from werkzeug.utils import secure_filename

from . import storage

documents_bp = Blueprint("documents", __name__)

MIRROR_HOSTS = {"files.example-corp.com", "cdn.example-corp.com"}
LOCAL_PATH_RE = re.compile(r"/[A-Za-z0-9_\-/]*")


def _as_dicts(rows):
    return [dict(row) for row in rows]


@documents_bp.get("/")
def index():
    rows = storage.list_documents(request.args.get("sort", "created_at"), request.args.get("dir", "asc"))
    return jsonify(_as_dicts(rows))


@documents_bp.get("/mine")
def owned_documents():
    owner = request.cookies.get("doc_owner", "")
    return jsonify(_as_dicts(storage.documents_owned_by(owner)))


@documents_bp.get("/search")
def search():
    term = request.args.get("q", "")
    category = request.args.get("category", "general")
    return jsonify([dict(row._mapping) for row in storage.search_titles(term, category)])


@documents_bp.get("/activity")
def activity():
    order_by = request.headers.get("X-Sort-Column", "at")
    return jsonify([dict(row._mapping) for row in storage.recent_activity(order_by)])


@documents_bp.get("/tags/<tag>")
def tag_count(tag):
    return jsonify({"tag": tag, "count": storage.tag_usage(tag)})


@documents_bp.get("/<int:doc_id>")
def show(doc_id):
    doc = storage.get_document(doc_id)
    if doc is None:
        abort(404)
    return jsonify(dict(doc))


@documents_bp.get("/raw")
def raw_file():
    name = request.args.get("name", "")
    return send_file(os.path.join(current_app.config["UPLOAD_ROOT"], name))  # VULN path-traversal


@documents_bp.get("/attachments/<path:name>")
def attachment(name):
    return send_from_directory(current_app.config["UPLOAD_ROOT"], name, as_attachment=True)  # SAFE path-traversal


@documents_bp.post("/import/legacy")
def import_legacy():
    upload = request.files["document"]
    destination = os.path.join(current_app.config["UPLOAD_ROOT"], "legacy", upload.filename)
    upload.save(destination)  # VULN path-traversal
    return jsonify({"stored": upload.filename}), 201


@documents_bp.post("/upload")
def upload_document():
    upload = request.files["document"]
    filename = secure_filename(upload.filename or "")
    if not filename:
        abort(400, "invalid file name")
    upload.save(os.path.join(current_app.config["UPLOAD_ROOT"], filename))  # SAFE path-traversal
    return jsonify({"stored": filename}), 201


@documents_bp.post("/bundles")
def upload_bundle():
    upload = request.files["bundle"]
    workdir = tempfile.mkdtemp(prefix="bundle-")
    archive_path = os.path.join(workdir, "incoming")
    upload.save(archive_path)
    dest = os.path.join(current_app.config["UPLOAD_ROOT"], "bundles", uuid.uuid4().hex)
    os.makedirs(dest)
    if zipfile.is_zipfile(archive_path):
        files = storage.unpack_zip_bundle(archive_path, dest)
    else:
        files = storage.unpack_tar_bundle(archive_path, dest)
    return jsonify({"bundle": os.path.basename(dest), "files": files}), 201


@documents_bp.post("/<int:doc_id>/convert")
def convert(doc_id):
    doc = storage.get_document(doc_id)
    if doc is None:
        abort(404)
    target_format = request.form.get("format", "pdf")
    out_dir = storage.convert_document(doc["stored_name"], target_format, tempfile.mkdtemp(prefix="convert-"))
    return jsonify({"output_dir": out_dir})


@documents_bp.get("/<int:doc_id>/thumbnail")
def thumbnail(doc_id):
    doc = storage.get_document(doc_id)
    if doc is None:
        abort(404)
    try:
        width = int(request.args.get("w", "256"))
    except ValueError:
        abort(400, "w must be an integer")
    width = max(32, min(width, 1024))
    out_path = os.path.join(tempfile.mkdtemp(prefix="thumb-"), "thumb.png")
    storage.render_thumbnail(doc["stored_name"], width, out_path)
    return send_file(out_path, mimetype="image/png")


@documents_bp.post("/import/url")
def import_from_url():
    payload = request.get_json(silent=True) or {}
    source_url = payload.get("url", "")
    resp = requests.get(source_url, timeout=15)  # VULN ssrf
    resp.raise_for_status()
    return jsonify({"bytes": len(resp.content), "content_type": resp.headers.get("Content-Type")})


@documents_bp.get("/mirror")
def fetch_from_mirror():
    src = request.args.get("src", "")
    parsed = urlparse(src)
    if parsed.scheme != "https" or parsed.hostname not in MIRROR_HOSTS:
        abort(400, "unsupported source")
    resp = requests.get(src, timeout=15, allow_redirects=False)  # SAFE ssrf
    resp.raise_for_status()
    return jsonify({"bytes": len(resp.content), "etag": resp.headers.get("ETag")})


@documents_bp.get("/shared/open")
def open_shared_link():
    return redirect(request.args.get("to", "/documents/"))  # VULN open-redirect


@documents_bp.get("/after-upload")
def after_upload():
    back = request.args.get("back", "/documents/")
    if not LOCAL_PATH_RE.fullmatch(back) or back.startswith("//"):
        back = "/documents/"
    return redirect(back)  # SAFE open-redirect


@documents_bp.get("/preview")
def preview_title():
    title = request.args.get("title", "Untitled")
    body = "<html><body><h1>" + title + "</h1><p>Preview not generated yet.</p></body></html>"
    return make_response(body, 200)  # VULN xss


@documents_bp.get("/<int:doc_id>/banner")
def banner(doc_id):
    note = request.args.get("note", "")
    return make_response(f"<div class='banner'>Document #{doc_id}: {html.escape(note)}</div>", 200)  # SAFE xss


@documents_bp.post("/<int:doc_id>/cover")
def cover_page(doc_id):
    doc = storage.get_document(doc_id)
    if doc is None:
        abort(404)
    layout = request.form.get("layout", "<h1>{{ doc.title }}</h1>")
    return render_template_string(layout, doc=dict(doc))  # VULN ssti
