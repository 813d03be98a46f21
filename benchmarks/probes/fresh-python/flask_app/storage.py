"""Catalog persistence and file processing for the document service."""
import os
import sqlite3
import subprocess
import tarfile
import zipfile

from flask import current_app
from sqlalchemy import create_engine, text

SORTABLE_COLUMNS = {"title", "created_at", "size_bytes", "owner"}

_analytics_engine = None


def analytics_engine():
    global _analytics_engine
    if _analytics_engine is None:
        url = os.environ.get("DOCS_ANALYTICS_URL", "postgresql+psycopg2://docs@localhost/docs_analytics")
        _analytics_engine = create_engine(url, pool_pre_ping=True)
    return _analytics_engine


def _catalog():
    conn = sqlite3.connect(current_app.config["CATALOG_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def documents_owned_by(owner):
    conn = _catalog()
    try:
        sql = "SELECT id, title, stored_name, owner FROM documents WHERE owner = '" + owner + "' ORDER BY created_at DESC"
        return conn.execute(sql).fetchall()  # VULN sqli
    finally:
        conn.close()


def get_document(doc_id):
    conn = _catalog()
    try:
        return conn.execute("SELECT id, title, stored_name, owner FROM documents WHERE id = ?", (doc_id,)).fetchone()  # SAFE sqli
    finally:
        conn.close()


def list_documents(sort_by, direction):
    column = sort_by if sort_by in SORTABLE_COLUMNS else "created_at"
    order = "DESC" if direction.lower() == "desc" else "ASC"
    conn = _catalog()
    try:
        cur = conn.cursor()
        cur.execute(f"SELECT id, title, created_at, size_bytes FROM documents ORDER BY {column} {order} LIMIT 200")  # SAFE sqli
        return cur.fetchall()
    finally:
        conn.close()


def search_titles(term, category):
    with analytics_engine().connect() as conn:
        return conn.execute(text(f"SELECT doc_id, title FROM doc_index WHERE category = '{category}' AND title ILIKE :term"), {"term": f"%{term}%"}).fetchall()  # VULN sqli


def recent_activity(order_column):
    with analytics_engine().connect() as conn:
        return conn.execute(text("SELECT doc_id, action, actor, at FROM doc_activity ORDER BY " + order_column + " DESC LIMIT 100")).fetchall()  # VULN sqli


def tag_usage(tag):
    with analytics_engine().connect() as conn:
        return conn.execute(text("SELECT COUNT(*) FROM doc_tags WHERE tag = :tag"), {"tag": tag}).scalar()  # SAFE sqli


def convert_document(stored_name, target_format, out_dir):
    source = os.path.join(current_app.config["UPLOAD_ROOT"], stored_name)
    command = f"soffice --headless --convert-to {target_format} --outdir {out_dir} {source}"
    subprocess.check_call(command, shell=True, timeout=180)  # VULN cmdi
    return out_dir


def render_thumbnail(stored_name, width, out_path):
    source = os.path.join(current_app.config["UPLOAD_ROOT"], stored_name)
    subprocess.run(["convert", f"{source}[0]", "-thumbnail", f"{width}x", out_path], check=True, timeout=60)  # SAFE cmdi
    return out_path


def unpack_zip_bundle(archive_path, dest_dir):
    extracted = []
    with zipfile.ZipFile(archive_path) as bundle:
        for member in bundle.infolist():
            if member.is_dir():
                continue
            target = os.path.join(dest_dir, member.filename)
            with open(target, "wb") as dst, bundle.open(member) as src:  # VULN path-traversal
                dst.write(src.read())
            extracted.append(member.filename)
    return extracted


def unpack_tar_bundle(archive_path, dest_dir):
    with tarfile.open(archive_path, "r:*") as bundle:
        bundle.extractall(dest_dir, filter="data")  # SAFE path-traversal
    return sorted(os.listdir(dest_dir))
