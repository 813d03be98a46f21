from datetime import timedelta

from django.db import models
from django.utils import timezone


def _default_expiry():
    return timezone.now() + timedelta(days=14)


class ResultShare(models.Model):
    """Lets a patient view finalised results with the PIN their physician gave them."""

    order = models.ForeignKey("orders.TestOrder", on_delete=models.CASCADE, related_name="shares")
    created_by = models.ForeignKey("orders.Physician", on_delete=models.CASCADE)
    pin = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(default=_default_expiry)
    failed_attempts = models.PositiveSmallIntegerField(default=0)
    revoked = models.BooleanField(default=False)

    class Meta:
        db_table = "portal_resultshare"

    @property
    def is_active(self):
        return not self.revoked and self.failed_attempts < 5 and self.expires_at > timezone.now()


class PriorResultImport(models.Model):
    physician = models.ForeignKey("orders.Physician", on_delete=models.CASCADE)
    patient = models.ForeignKey("intake.Patient", on_delete=models.CASCADE)
    source = models.CharField(max_length=255)
    observation_count = models.PositiveIntegerField(default=0)
    payload = models.JSONField(default=list)
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "portal_priorresultimport"
