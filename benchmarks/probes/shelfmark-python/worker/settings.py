import os
from pathlib import Path

EXPORT_ROOT = Path(os.environ.get("WORKER_EXPORT_ROOT", "/srv/shelfmark/exports"))
REPORTS_DATABASE_URL = os.environ.get("WORKER_REPORTS_DB_URL", "postgresql+psycopg://reports@db.internal/shelfmark")
WORKER_TOKEN = os.environ.get("WORKER_TOKEN", "")
MARC_TOOL = "/usr/local/bin/marc2csv"
