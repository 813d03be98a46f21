import logging
import os
import tempfile

from celery import shared_task
from django.conf import settings

from . import importers
from .models import ImportJob, Title

log = logging.getLogger(__name__)


def _spool_dir(job):
    path = os.path.join(settings.IMPORT_SPOOL, f"job-{job.pk}")
    os.makedirs(path, exist_ok=True)
    return path


@shared_task(bind=True, max_retries=2)
def run_import(self, job_id, archive_path, mapping_config=""):
    job = ImportJob.objects.get(pk=job_id)
    job.status = "running"
    job.save(update_fields=["status"])
    try:
        if job.kind == "marc_zip":
            dest = _spool_dir(job)
            files = importers.extract_marc_bundle(archive_path, dest)
            mapping = importers.load_field_mapping(mapping_config)
            manifest = os.path.join(dest, "manifest.yml")
            meta = importers.read_bundle_manifest(manifest) if os.path.exists(manifest) else {}
            job.log = f"{len(files)} files, mapping={sorted(mapping.values())}, meta={meta}"
        elif job.kind == "cover_zip":
            files = importers.extract_cover_art(archive_path, settings.COVER_ROOT)
            job.log = f"{len(files)} covers"
        elif job.kind == "kbart_tar":
            files = importers.extract_kbart_holdings(archive_path, _spool_dir(job))
            job.log = f"{len(files)} holdings files"
        elif job.kind == "delivery":
            with tempfile.TemporaryDirectory(dir=settings.IMPORT_SPOOL) as tmp:
                job.log = ", ".join(importers.unpack_vendor_delivery(archive_path, tmp))
        elif job.kind == "onix":
            with open(archive_path, "rb") as fh:
                products = importers.parse_onix_feed(fh.read())
            for p in products:
                Title.objects.get_or_create(isbn=p["isbn"], defaults={"title": p["title"], "format": "ebook"})
            job.log = f"{len(products)} products"
        job.status = "done"
    except Exception as exc:  # noqa: BLE001 - job log is surfaced to staff
        log.exception("import job %s failed", job_id)
        job.status = "failed"
        job.log = str(exc)
    job.save(update_fields=["status", "log"])
