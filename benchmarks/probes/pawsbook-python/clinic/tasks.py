import logging
import os
import subprocess

from celery import shared_task
from django.conf import settings

from clinic.models import Appointment, LabResult
from clinic.services import document_service, notification_service
from clinic.services.partner_client import LabPartnerClient
from clinic.utils.paths import ensure_dir

log = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=3, default_retry_delay=60)
def send_appointment_reminder(self, appointment_id, message_template=None, kind="default"):
    appointment = Appointment.objects.select_related("patient__owner", "patient__clinic").get(pk=appointment_id)
    context = notification_service.reminder_context(appointment)
    if message_template:
        body = notification_service.render_custom_reminder(message_template, context)
    else:
        body = notification_service.render_standard_reminder(kind, context)
    notification_service.deliver(appointment.patient.owner.email, f"Reminder: {context['pet']}", body)


@shared_task
def render_lab_pdf(result_id, paper, title):
    result = LabResult.objects.get(pk=result_id)
    out_dir = ensure_dir(settings.PDF_OUTPUT_ROOT)
    html_path = os.path.join(out_dir, f"lab-{result.pk}.html")
    pdf_path = os.path.join(out_dir, f"lab-{result.pk}.pdf")
    with open(html_path, "w", encoding="utf-8") as fh:
        fh.write(f"<html><body><h1>{result.panel}</h1><pre>{result.summary}</pre></body></html>")
    command = f'wkhtmltopdf --quiet --page-size {paper} --title "{title}" {html_path} {pdf_path}'
    proc = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # VULN cmdi
    _, stderr = proc.communicate(timeout=120)
    if proc.returncode != 0:
        log.error("wkhtmltopdf failed for result %s: %s", result_id, stderr.decode(errors="replace"))
        return None
    result.pdf_name = os.path.basename(pdf_path)
    result.save(update_fields=["pdf_name"])
    extract_report_text.delay(result.pk)
    return result.pdf_name


@shared_task
def extract_report_text(result_id):
    pdf_path = os.path.join(settings.PDF_OUTPUT_ROOT, f"lab-{int(result_id)}.pdf")
    text = subprocess.check_output(["pdftotext", "-layout", pdf_path, "-"], timeout=60)  # SAFE cmdi
    LabResult.objects.filter(pk=result_id).update(summary=text.decode("utf-8", errors="replace")[:2000])


@shared_task
def import_records_bundle(archive_path, clinic_code):
    dest = document_service.unpack_records_bundle(archive_path, clinic_code)
    os.remove(archive_path)
    return sum(len(files) for _, _, files in os.walk(dest))


@shared_task
def import_lab_pack(archive_path):
    dest = document_service.unpack_lab_pack(archive_path)
    os.remove(archive_path)
    return sorted(os.listdir(dest))


@shared_task(bind=True, max_retries=5, default_retry_delay=120)
def fetch_partner_report(self, result_id, report_url):
    result = LabResult.objects.get(pk=result_id)
    client = LabPartnerClient()
    try:
        content = client.download_report(report_url)
    except Exception as exc:
        raise self.retry(exc=exc)
    name = f"partner-{result.pk}.pdf"
    with open(os.path.join(ensure_dir(settings.LAB_REPORT_ROOT), name), "wb") as fh:
        fh.write(content)
    LabResult.objects.filter(pk=result.pk).update(pdf_name=name)
    if result.external_ref:
        client.acknowledge(result.external_ref)
    return name
