import psycopg2
from django.conf import settings
from psycopg2.extras import RealDictCursor

DOC_COLUMNS = "id, load_ref, doc_type, filename, checksum, uploaded_by, uploaded_at"


def _connect():
    return psycopg2.connect(settings.DOCUMENTS_DSN)


class DocumentRepository:
    def record(self, load_ref, doc_type, filename, checksum, uploaded_by):
        with _connect() as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO pod_documents (load_ref, doc_type, filename, checksum, uploaded_by) VALUES (%s, %s, %s, %s, %s) RETURNING id",
                (load_ref, doc_type, filename, checksum, uploaded_by),
            )
            return cur.fetchone()[0]

    def find_by_checksum(self, load_ref, checksum):
        with _connect() as conn, conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute("SELECT id, filename FROM pod_documents WHERE load_ref = %s AND checksum = %s", (load_ref, checksum))
            return cur.fetchone()

    def list_for_load(self, load_ref, doc_type=None):
        sql = f"SELECT {DOC_COLUMNS} FROM pod_documents WHERE load_ref = %s"
        with _connect() as conn, conn.cursor(cursor_factory=RealDictCursor) as cur:
            if doc_type:
                cur.execute(sql + " AND doc_type = '" + doc_type + "' ORDER BY uploaded_at DESC", (load_ref,))  # VULN sqli
            else:
                cur.execute(sql + " ORDER BY uploaded_at DESC", (load_ref,))
            return cur.fetchall()
