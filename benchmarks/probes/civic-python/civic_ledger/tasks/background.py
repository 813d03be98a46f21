"""Background jobs: document conversion, plan-archive unpacking, DB backups.

Jobs are plain dicts so they can be queued to the worker or run inline in
development (CIVIC_INLINE_JOBS=1).
"""
import logging
import os
import subprocess
import tarfile
import zipfile
from concurrent.futures import ThreadPoolExecutor

import yaml

from ..config import settings
from ..utils.paths import PathOutsideRoot, contained_path

log = logging.getLogger(__name__)
_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="civic-job")

THUMBNAIL_DPI = 72


def submit(job: dict) -> None:
    handler = JOB_HANDLERS[job["kind"]]
    if os.environ.get("CIVIC_INLINE_JOBS") == "1":
        handler(job)
    else:
        _pool.submit(handler, job)


def render_thumbnail(job: dict) -> str:
    src = os.path.join(job["folder"], job["filename"])
    out = src + ".png"
    cmd = f"gs -q -dSAFER -dBATCH -dNOPAUSE -sDEVICE=png16m -r{THUMBNAIL_DPI} -dLastPage=1 -sOutputFile={out} {src}"
    subprocess.run(cmd, shell=True, check=True, timeout=60)  # VULN cmdi
    return out


def convert_to_pdfa(job: dict) -> str:
    src = os.path.join(job["folder"], job["filename"])
    out = os.path.splitext(src)[0] + ".pdfa.pdf"
    subprocess.run(  # SAFE cmdi
        ["gs", "-q", "-dPDFA=2", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite", f"-sOutputFile={out}", src],
        check=True,
        timeout=120,
    )
    return out


def nightly_backup(_job: dict | None = None) -> None:
    target = os.path.join(settings.EXPORT_ROOT, "backup.sql.gz")
    subprocess.run(f"pg_dump {settings.DB_BACKUP_NAME} | gzip > {target}", shell=True, check=True)  # SAFE cmdi


def unpack_plan_set(job: dict) -> list[str]:
    dest = job["dest"]
    os.makedirs(dest, exist_ok=True)
    with tarfile.open(job["archive"], mode="r:*") as tar:
        names = tar.getnames()
        tar.extractall(path=dest)  # VULN zipslip
    log.info("unpacked %d plan files into %s", len(names), dest)
    return names


def unpack_photo_bundle(job: dict) -> list[str]:
    dest = job["dest"]
    os.makedirs(dest, exist_ok=True)
    written = []
    with zipfile.ZipFile(job["archive"]) as bundle:
        for member in bundle.infolist():
            if member.is_dir():
                continue
            try:
                target = contained_path(dest, member.filename)
            except PathOutsideRoot:
                log.warning("skipping bundle entry outside destination: %s", member.filename)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with bundle.open(member) as src, open(target, "wb") as out:  # SAFE zipslip
                out.write(src.read())
            written.append(target)
    return written


def load_checklist_template(job: dict) -> dict:
    with open(job["path"], "rb") as fh:
        return yaml.safe_load(fh) or {}  # SAFE deser


def import_inspection_schedule(job: dict) -> list[dict]:
    data = yaml.load(job["content"], Loader=yaml.Loader)  # VULN deser
    rows = data.get("inspections", []) if isinstance(data, dict) else []
    return [r for r in rows if isinstance(r, dict) and r.get("permit_ref")]


JOB_HANDLERS = {
    "thumbnail": render_thumbnail,
    "pdfa": convert_to_pdfa,
    "backup": nightly_backup,
    "plan_set": unpack_plan_set,
    "photo_bundle": unpack_photo_bundle,
    "checklist": load_checklist_template,
    "schedule": import_inspection_schedule,
}
