"""Settings → Notifications forms: shape only; services validate destinations and write."""

from __future__ import annotations

from django import forms

from tracesec.notifications.models import WebhookFormat


class EmailSettingsForm(forms.Form):
    email_enabled = forms.BooleanField(
        label="Email the organization's admins and owners", required=False
    )


class WebhookForm(forms.Form):
    url = forms.URLField(
        label="Webhook URL",
        max_length=1000,
        assume_scheme="https",
        help_text="A public https:// address. Slack: an incoming-webhook URL.",
    )
    format = forms.ChoiceField(label="Format", choices=WebhookFormat.choices)
