"""Per-organization notification settings, outgoing webhook endpoints and their deliveries."""

from __future__ import annotations

import uuid

from django.db import models

from tracesec.common.models import BaseModel


class NotificationSettings(BaseModel):
    organization = models.OneToOneField(
        "organizations.Organization", on_delete=models.CASCADE, related_name="+"
    )
    # email to the organization's admins and owners
    email_enabled = models.BooleanField(default=True)

    def __str__(self) -> str:
        return f"notifications of {self.organization_id}"


class WebhookFormat(models.TextChoices):
    JSON = "json", "JSON (signed)"
    SLACK = "slack", "Slack-compatible"


class WebhookEndpoint(BaseModel):
    """An outgoing webhook. Its signing secret is sealed by the KMS: it must be usable
    for signing, so it cannot be hashed; it is shown once, when created."""

    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="+"
    )
    url = models.URLField(max_length=1000)
    format = models.CharField(max_length=10, choices=WebhookFormat.choices)
    secret_ciphertext = models.BinaryField()
    secret_key_id = models.CharField(max_length=200)
    secret_hint = models.CharField(max_length=20)  # "…" + last characters, to recognise it
    created_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    def __str__(self) -> str:
        return self.url


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    DELIVERED = "delivered", "Delivered"
    FAILED = "failed", "Failed"


class WebhookDelivery(BaseModel):
    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE, related_name="+")
    delivery_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    event = models.CharField(max_length=40)
    payload = models.JSONField()  # the notification's data; the body is rendered per format
    status = models.CharField(
        max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.event} → {self.endpoint_id} ({self.status})"
