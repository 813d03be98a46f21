"""Triage forms: shape and field validation only; ``triage.py`` services do the writes."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from django import forms
from django.utils import timezone

from tracesec.findings.models import IgnoreReason
from tracesec.findings.triage import MAX_BULK, MAX_COMMENT, TriageOperation


def _end_of_day(value: Any) -> datetime | None:
    if not value:
        return None
    return timezone.make_aware(datetime.combine(value, time(23, 59, 59)))


class IgnoreForm(forms.Form):
    reason = forms.ChoiceField(
        label="Reason",
        choices=[("", "Choose a reason…"), *IgnoreReason.choices],
        help_text="Required: why this finding does not need a fix.",
    )
    expires_on = forms.DateField(
        label="Ignore until (optional)",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="After this date the finding reopens by itself.",
    )
    comment = forms.CharField(
        label="Comment (optional)",
        required=False,
        max_length=MAX_COMMENT,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    @property
    def expires_at(self) -> datetime | None:
        return _end_of_day(self.cleaned_data.get("expires_on"))


class CommentForm(forms.Form):
    body = forms.CharField(
        label="Comment", max_length=MAX_COMMENT, widget=forms.Textarea(attrs={"rows": 3})
    )


class BulkScope:
    SELECTED = "selected"
    MATCHING = "matching"  # every finding matching the list's filters, not only the page


class BulkTriageForm(forms.Form):
    scope = forms.ChoiceField(
        choices=[(BulkScope.SELECTED, "Selected"), (BulkScope.MATCHING, "All matching")],
        required=False,
    )
    ids = forms.TypedMultipleChoiceField(coerce=int, choices=(), required=False)
    query = forms.CharField(required=False, max_length=2000)  # the list's filters
    confirmed = forms.IntegerField(required=False, min_value=0)  # the count the user saw
    operation = forms.ChoiceField(
        choices=[(TriageOperation.IGNORE, "Ignore"), (TriageOperation.REOPEN, "Reopen")]
    )
    reason = forms.ChoiceField(
        choices=[("", "Choose a reason…"), *IgnoreReason.choices], required=False
    )
    expires_on = forms.DateField(required=False)
    comment = forms.CharField(required=False, max_length=MAX_COMMENT)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        raw = self.data.getlist("ids") if hasattr(self.data, "getlist") else []
        # any integer id is a valid choice; the service scopes it to the organization
        ids_field = self.fields["ids"]
        assert isinstance(ids_field, forms.TypedMultipleChoiceField)
        ids_field.choices = [(v, v) for v in raw[:MAX_BULK] if str(v).isdigit()]

    @property
    def expires_at(self) -> datetime | None:
        return _end_of_day(self.cleaned_data.get("expires_on"))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        cleaned["scope"] = cleaned.get("scope") or BulkScope.SELECTED
        if cleaned["scope"] == BulkScope.SELECTED and not cleaned.get("ids"):
            raise forms.ValidationError("Select at least one finding.")
        return cleaned
