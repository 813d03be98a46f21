"""Owner update letters and cover notes generated from a referral."""
from __future__ import annotations

from flask import render_template_string

from portal.models import Referral

_LETTER_HEAD = (
    "Dear {{ referral.owner_name }},\n\n"
    "Thank you for bringing {{ referral.pet_name }} to the Pawchart Referral Centre.\n"
    "{{ referral.referring_vet.full_name }} at {{ referral.referring_vet.practice_name }} "
    "has asked us to send you this update.\n\n"
)
_LETTER_TAIL = "\n\nKind regards,\n{{ clinician }}\nPawchart Referral Centre\n"

_COVER_NOTE = (
    "Referral #{{ referral.id }} ({{ referral.pet_name }}, {{ referral.species }})\n"
    "Urgency: {{ referral.urgency }}\n\n"
    "{{ note }}\n"
)


def build_letter(referral: Referral, clinician: str, closing: str) -> str:
    source = _LETTER_HEAD + closing + _LETTER_TAIL
    return render_template_string(source, referral=referral, clinician=clinician)  # VULN ssti


def build_cover_note(referral: Referral, note: str) -> str:
    return render_template_string(_COVER_NOTE, referral=referral, note=note)  # SAFE ssti
