"""The schedule form: frequency, hour (UTC) and weekday, every bad value a clear error."""

from __future__ import annotations

from django import forms

from tracesec.schedules.models import ORG_FREQUENCIES, REPOSITORY_FREQUENCIES
from tracesec.schedules.timing import WEEKDAYS

HOURS = [(h, f"{h:02d}:00 UTC") for h in range(24)]
WEEKDAY_CHOICES = list(enumerate(WEEKDAYS))


class OrganizationScheduleForm(forms.Form):
    frequency = forms.ChoiceField(choices=ORG_FREQUENCIES)
    hour = forms.TypedChoiceField(choices=HOURS, coerce=int, label="Hour (UTC)")
    weekday = forms.TypedChoiceField(
        choices=WEEKDAY_CHOICES, coerce=int, label="Weekday (weekly only)"
    )


class RepositoryScheduleForm(OrganizationScheduleForm):
    frequency = forms.ChoiceField(choices=REPOSITORY_FREQUENCIES)
    history_secrets = forms.BooleanField(
        required=False, label="Every scan also scans git history for secrets (new commits only)"
    )
