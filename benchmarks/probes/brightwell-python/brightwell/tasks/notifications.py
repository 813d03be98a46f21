"""E-mail notifications sent from the workers."""
import logging
import smtplib
from email.message import EmailMessage

from string import Template

from brightwell.config import settings
from brightwell.rendering.templates import render_email

BOOKING_CONFIRMATION = Template("""Hello $name,

Thanks for requesting plot $plot at $site.

  From:   $start
  To:     $end
  Status: $status
  Fee:    $fee

A coordinator will be in touch. If you are on the waiting list we will let
you know as soon as the plot becomes free.

Happy growing,
The Brightwell volunteers
""")

PASSWORD_RESET = Template("""Hello $name,

Someone (hopefully you) asked to reset your Brightwell password. Use the link
below within two hours:

  $link

If you didn't ask for this you can ignore this message.
""")

INVITATION = Template("""Hello,

You've been offered a place at $site. Create your Brightwell account here:

  $link

See you at the plots!
""")

log = logging.getLogger(__name__)


def send_mail(to: str, subject: str, text_body: str, html_body: str = None) -> None:
    msg = EmailMessage()
    msg["From"] = settings.mail_from
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(text_body)
    if html_body:
        msg.add_alternative(html_body, subtype="html")
    with smtplib.SMTP(settings.smtp_host, timeout=15) as smtp:
        smtp.send_message(msg)
    log.info("mail sent to %s: %s", to, subject)


def booking_confirmation(booking) -> None:
    body = render_email(
        BOOKING_CONFIRMATION,
        name=booking.gardener.display_name,
        plot=booking.plot.code,
        site=booking.plot.site.name,
        start=booking.start_date.isoformat(),
        end=booking.end_date.isoformat(),
        status=booking.status,
        fee=f"£{booking.fee_pence / 100:.2f}",
    )
    send_mail(booking.gardener.email, f"Your plot booking ({booking.plot.code})", body)


def password_reset(gardener, link: str) -> None:
    body = render_email(PASSWORD_RESET, name=gardener.display_name, link=link)
    send_mail(gardener.email, "Reset your Brightwell password", body)


def invitation(email: str, site_name: str, link: str) -> None:
    body = render_email(INVITATION, site=site_name, link=link)
    send_mail(email, f"You're invited to {site_name} on Brightwell", body)
