from django.conf import settings
from django.core.mail import send_mail
from jinja2 import Environment, Template, select_autoescape

REMINDER_TEMPLATES = {
    "default": "Hi {{ owner }}, this is a reminder that {{ pet }} has an appointment at {{ clinic }} on {{ when }}.",
    "vaccination": "Hi {{ owner }}, {{ pet }} is due for vaccinations. See you at {{ clinic }} on {{ when }}.",
    "dental": "Hi {{ owner }}, please don't feed {{ pet }} after 8pm the night before the dental on {{ when }}.",
    "post_op": "Hi {{ owner }}, we'd like to check how {{ pet }} is recovering. Your follow-up is on {{ when }}.",
}

_environment = Environment(autoescape=select_autoescape(["html"]), trim_blocks=True)


def reminder_context(appointment):
    patient = appointment.patient
    return {
        "owner": patient.owner.full_name,
        "pet": patient.name,
        "clinic": patient.clinic.name,
        "when": appointment.starts_at.strftime("%A %d %B at %H:%M"),
    }


def render_standard_reminder(kind, context):
    source = REMINDER_TEMPLATES.get(kind, REMINDER_TEMPLATES["default"])
    return Template(source).render(**context)  # SAFE ssti


def render_custom_reminder(source, context):
    return _environment.from_string(source).render(**context)  # VULN ssti


def deliver(email, subject, body):
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [email], fail_silently=False)
