"""Rendering of e-mailed result notifications (Jinja2, outside the Django template engine)."""
import logging
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from jinja2 import Environment, FileSystemLoader, select_autoescape

logger = logging.getLogger(__name__)

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates" / "email"

DEFAULT_SUBJECT = "Labwise results ready: {{ accession }} ({{ patient_initials }})"
CRITICAL_NOTICE = (
    "CRITICAL VALUE for {{ accession }}: {{ analyte }} = {{ value }} {{ unit }}. "
    "Please call the laboratory at {{ lab_phone }} to acknowledge."
)


@dataclass
class RenderedEmail:
    subject: str
    text: str
    html: str


class ResultMailer:
    def __init__(self, template_dir: Path = TEMPLATE_DIR):
        self.env = Environment(
            loader=FileSystemLoader(str(template_dir)),
            autoescape=select_autoescape(["html", "j2"]),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["initials"] = lambda name: "".join(p[:1] for p in name.split()).upper()

    def _context(self, order) -> dict:
        results = list(order.results.select_related("panel").order_by("panel__code", "analyte_code"))
        return {
            "accession": order.accession,
            "patient_initials": order.patient.initials,
            "physician": order.physician.display_name,
            "clinic": order.physician.clinic,
            "results": results,
            "critical_count": sum(1 for r in results if r.is_critical),
            "portal_url": f"https://portal.labwise.example/portal/orders/{order.pk}/",
        }

    def render_subject(self, physician, context: dict) -> str:
        source = physician.notify_subject or DEFAULT_SUBJECT
        return self.env.from_string(source).render(**context)  # VULN ssti

    def render_critical_notice(self, order, result, lab_phone: str) -> str:
        template = self.env.from_string(CRITICAL_NOTICE, globals={"lab_phone": lab_phone})  # SAFE ssti
        return template.render(accession=order.accession, analyte=result.analyte_name, value=result.value, unit=result.unit)

    def render_result_ready(self, order) -> RenderedEmail:
        context = self._context(order)
        subject = self.render_subject(order.physician, context).strip().replace("\n", " ")[:200]
        html = self.env.get_template("result_ready.html.j2").render(**context)
        text = self.env.get_template("result_ready.txt.j2").render(**context)
        return RenderedEmail(subject=subject, text=text, html=html)

    def send_result_ready(self, order) -> None:
        email = self.render_result_ready(order)
        message = EmailMultiAlternatives(
            subject=email.subject,
            body=email.text,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[order.physician.email],
        )
        message.attach_alternative(email.html, "text/html")
        message.send(fail_silently=False)
        logger.info("result-ready e-mail sent for %s", order.accession)
