"""Background processing of uploaded results and club standings reports."""
import logging

from ..extensions import celery, db_session, engine
from ..models import ResultUpload
from ..repositories import results as results_repo
from ..services import result_service
from .notifications import deliver_result_webhooks, send_mail

log = logging.getLogger(__name__)


@celery.task(name="results.process_upload", bind=True, max_retries=2)
def process_results_upload(self, upload_id: int) -> int:
    upload = db_session.get(ResultUpload, upload_id)
    if upload is None:
        log.warning("upload %s vanished", upload_id)
        return 0
    upload.status = "processing"
    db_session.commit()
    try:
        count = result_service.process_upload(upload)
    except Exception as exc:  # noqa: BLE001 - store the failure so the organiser sees it
        db_session.rollback()
        upload.status = "failed"
        upload.message = str(exc)[:2000]
        db_session.commit()
        log.exception("processing upload %s failed", upload_id)
        return 0
    upload.status = "done"
    upload.message = f"{count} results imported"
    db_session.commit()
    deliver_result_webhooks.delay(upload.event_id)
    return count


@celery.task(name="results.club_standings")
def build_club_standings(club_code: str, season: int, recipient: str) -> int:
    with engine.connect() as conn:
        rows = results_repo.club_standings(conn, club_code, season)
    lines = [f"{i:>3}. {r['runner_name']:<30} {r['points']:>6} pts  {r['starts']} starts"
             for i, r in enumerate(rows, start=1)]
    send_mail(recipient, f"{club_code} standings {season}", "\n".join(lines) or "No results yet.")
    return len(rows)
