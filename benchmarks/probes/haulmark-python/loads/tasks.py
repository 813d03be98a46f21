import logging

from celery import shared_task

from services.manifest import ManifestError, render_manifest

from .models import Load

log = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=3, default_retry_delay=30)
def build_manifest(self, load_ref, fmt):
    try:
        path = render_manifest(load_ref, fmt)
    except ManifestError as exc:
        log.warning("manifest for %s failed: %s", load_ref, exc)
        raise self.retry(exc=exc)
    Load.objects.filter(reference=load_ref).update(manifest_path=str(path))
    return str(path)
