import uuid

from django.conf import settings
from django.db import models


class PayerProfile(models.Model):
    class ExportFormat(models.TextChoices):
        CSV = "csv", "CSV"
        X12_837 = "837p", "X12 837P"

    code = models.CharField(max_length=16, unique=True)
    name = models.CharField(max_length=160)
    export_format = models.CharField(max_length=8, choices=ExportFormat.choices, default=ExportFormat.CSV)
    gpg_recipient = models.CharField(max_length=120, blank=True)
    submit_via_clearinghouse = models.BooleanField(default=False)
    active = models.BooleanField(default=True)

    class Meta:
        db_table = "billing_payerprofile"
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.name}"


class BillingExport(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        READY = "ready", "Ready"
        SUBMITTED = "submitted", "Submitted"
        FAILED = "failed", "Failed"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    payer = models.ForeignKey(PayerProfile, on_delete=models.PROTECT, related_name="exports")
    period_start = models.DateField()
    period_end = models.DateField()
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.QUEUED)
    row_count = models.PositiveIntegerField(default=0)
    encrypted = models.BooleanField(default=False)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "billing_export"
        ordering = ["-created_at"]


class RemittanceFile(models.Model):
    payer = models.ForeignKey(PayerProfile, on_delete=models.PROTECT)
    file_name = models.CharField(max_length=255)
    stored_path = models.CharField(max_length=500)
    claim_count = models.PositiveIntegerField(default=0)
    total_paid = models.DecimalField(max_digits=12, decimal_places=2, default=0)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "billing_remittancefile"
