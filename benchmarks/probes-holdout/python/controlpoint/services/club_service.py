"""Club settings, membership verification against the federation and webhooks."""
import re
import secrets
from datetime import date

from flask import render_template_string

from ..extensions import db_session
from ..integrations import directory
from ..models import Club, Membership, User, Webhook

CLUB_CODE_RE = re.compile(r"[A-Z0-9]{2,8}")

PREVIEW_FRAME = """<div class="email-preview"><pre>{{ body }}</pre></div>"""


class ClubError(Exception):
    pass


def update_settings(club: Club, form) -> Club:
    code = form.get("code", club.code).strip().upper()
    if not CLUB_CODE_RE.fullmatch(code):
        raise ClubError("Club code must be 2-8 letters or digits")
    club.code = code
    club.name = form.get("name", club.name).strip()
    club.website = form.get("website") or None
    club.contact_email = form.get("contact_email") or None
    club.confirmation_template = form.get("confirmation_template") or None
    db_session.commit()
    return club


def preview_confirmation(template_text: str) -> str:
    return render_template_string(PREVIEW_FRAME, body=template_text)  # SAFE ssti


def add_webhook(club: Club, url: str) -> Webhook:
    if not url.lower().startswith(("http://", "https://")):
        raise ClubError("Webhook URL must be http(s)")
    hook = Webhook(club_id=club.id, url=url.strip(), signing_secret=secrets.token_hex(32))  # SAFE random
    db_session.add(hook)
    db_session.commit()
    return hook


def verify_membership(user: User, club: Club, federation_id: str, surname: str) -> Membership:
    records = directory.lookup_member(federation_id.strip(), surname.strip())
    if not records:
        raise ClubError("No federation record matches those details")
    record = records[0]
    membership = Membership(
        club_id=club.id,
        user_id=user.id,
        federation_id=record.federation_id,
        season=date.today().year,
        verified=record.club_code == club.code,
    )
    db_session.add(membership)
    db_session.commit()
    return membership


def federation_officers(club: Club):
    return directory.club_officers(club.code)


def update_profile(user: User, form) -> User:
    user.display_name = form.get("display_name", user.display_name).strip()[:120]
    user.website = form.get("website") or None
    user.bio = form.get("bio") or None
    db_session.commit()
    return user
