"""arq job functions. Each receives the worker context first."""
import logging
import smtplib
import ssl
from email.message import EmailMessage

from lanewater import conf, rendering
from lanewater.integrations import webhooks
from lanewater.models import LaneBooking, Member, WebhookSubscription
from lanewater.repositories import booking_repository, class_repository
from lanewater.services import document_service, report_service

log = logging.getLogger(__name__)


def _send_mail(to: str, subject: str, html: str, attachment=None) -> None:
    message = EmailMessage()
    message["From"] = conf.MAIL_FROM
    message["To"] = to
    message["Subject"] = subject
    message.set_content("This message is best viewed in an HTML-capable mail client.")
    message.add_alternative(html, subtype="html")
    if attachment is not None:
        message.add_attachment(attachment.read_bytes(), maintype="application", subtype="pdf", filename=attachment.name)
    with smtplib.SMTP(conf.SMTP_HOST, conf.SMTP_PORT, timeout=20) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        if conf.SMTP_USER:
            smtp.login(conf.SMTP_USER, conf.SMTP_PASSWORD)
        smtp.send_message(message)


async def send_booking_confirmation(ctx, reference: str) -> None:
    booking = await booking_repository.by_reference(reference)
    if booking is None:
        log.warning("confirmation for unknown booking %s", reference)
        return
    member: Member = booking.member
    html = rendering.render_email_body("booking_confirmed", booking=booking, member_name=member.full_name)
    pdf = document_service.receipt_pdf(booking, member.full_name)
    _send_mail(member.email, f"Lane booking {booking.reference}", html, attachment=pdf)


async def deliver_booking_webhooks(ctx, reference: str) -> int:
    booking: LaneBooking | None = await booking_repository.by_reference(reference)
    if booking is None:
        return 0
    subscriptions = await WebhookSubscription.filter(member_id=booking.member_id, event="booking.confirmed", active=True)
    payload = {
        "reference": booking.reference,
        "pool": booking.lane.pool.code,
        "lane": booking.lane.number,
        "starts_at": booking.starts_at.isoformat(),
        "ends_at": booking.ends_at.isoformat(),
    }
    delivered = 0
    for subscription in subscriptions:
        try:
            status = webhooks.deliver(subscription.url, "booking.confirmed", payload, subscription.signing_key)
        except Exception as exc:  # noqa: BLE001 - one failing endpoint must not block the others
            log.warning("webhook %s failed: %s", subscription.id, exc)
            status = 0
        subscription.last_status = status
        await subscription.save(update_fields=["last_status"])
        delivered += int(200 <= status < 300)
    return delivered


async def send_class_welcome(ctx, enrollment_id: int) -> None:
    enrollment = await class_repository.enrollment_with_details(enrollment_id)
    if enrollment is None:
        return
    swim_class = enrollment.swim_class
    swimmer = enrollment.swimmer
    html = rendering.render_welcome(
        swim_class.welcome_template,
        swimmer_name=swimmer.first_name,
        class_title=swim_class.title,
        pool_name=swim_class.pool.name,
        first_lesson=swim_class.start_time.strftime("%H:%M"),
    )
    _send_mail(swimmer.member.email, f"Welcome to {swim_class.title}", html)


async def render_badge_certificate(ctx, enrollment_id: int, label: str | None) -> str:
    enrollment = await class_repository.enrollment_with_details(enrollment_id)
    if enrollment is None:
        return ""
    pdf = document_service.certificate_pdf(enrollment, label)
    html = rendering.render_email_body(
        "badge_awarded",
        swimmer_name=enrollment.swimmer.full_name,
        badge_level=enrollment.badge_level,
        class_title=enrollment.swim_class.title,
        pool_name=enrollment.swim_class.pool.name,
        instructor=enrollment.swim_class.instructor,
        awarded_on=enrollment.badge_awarded_at.strftime("%d %B %Y") if enrollment.badge_awarded_at else "",
    )
    _send_mail(enrollment.swimmer.member.email, "A new swimming badge!", html, attachment=pdf)
    return pdf.name


async def build_occupancy_report(ctx, pool_code: str, start: str, end: str, label: str) -> str:
    return await report_service.build_occupancy(pool_code, start, end, label)


async def send_password_reset(ctx, member_id: int, code: str) -> None:
    member = await Member.get_or_none(id=member_id)
    if member is None:
        return
    html = (
        "<p>Someone asked to reset the password of your Lanewater account.</p>"
        f"<p>Your reset code is <strong>{code}</strong>. It expires in {conf.RESET_CODE_TTL_MINUTES} minutes.</p>"
    )
    _send_mail(member.email, "Your Lanewater reset code", html)
