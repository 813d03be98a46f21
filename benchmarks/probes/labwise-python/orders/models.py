from django.conf import settings
from django.db import models


class Physician(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="physician")
    npi = models.CharField("NPI", max_length=10, unique=True)
    display_name = models.CharField(max_length=120)
    clinic = models.CharField(max_length=160)
    clinic_website = models.CharField(max_length=255, blank=True)
    email = models.EmailField()
    portal_password = models.CharField(max_length=200, blank=True)
    api_key_digest = models.CharField(max_length=64, blank=True, db_index=True)
    notify_on_final = models.BooleanField(default=True)
    notify_subject = models.CharField(max_length=255, blank=True)

    class Meta:
        db_table = "orders_physician"

    def __str__(self):
        return f"{self.display_name} ({self.npi})"


class TestPanel(models.Model):
    code = models.CharField(max_length=16, unique=True)
    name = models.CharField(max_length=160)
    loinc = models.CharField("LOINC", max_length=16, blank=True)
    specimen_type = models.CharField(max_length=16)
    price = models.DecimalField(max_digits=9, decimal_places=2)
    turnaround_hours = models.PositiveSmallIntegerField(default=24)
    send_out = models.BooleanField(default=False)
    active = models.BooleanField(default=True)

    class Meta:
        db_table = "orders_testpanel"
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.name}"


class TestOrder(models.Model):
    class Priority(models.TextChoices):
        ROUTINE = "routine", "Routine"
        ASAP = "asap", "ASAP"
        STAT = "stat", "STAT"

    class Status(models.TextChoices):
        PENDING = "pending", "Pending collection"
        COLLECTED = "collected", "Collected"
        IN_PROGRESS = "in_progress", "In progress"
        RESULTED = "resulted", "Resulted"
        CANCELLED = "cancelled", "Cancelled"

    accession = models.CharField(max_length=20, unique=True)
    patient = models.ForeignKey("intake.Patient", on_delete=models.PROTECT, related_name="orders")
    physician = models.ForeignKey(Physician, on_delete=models.PROTECT, related_name="orders")
    panels = models.ManyToManyField(TestPanel, related_name="orders")
    priority = models.CharField(max_length=10, choices=Priority.choices, default=Priority.ROUTINE)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    notes = models.TextField(blank=True)
    diagnosis_codes = models.CharField(max_length=200, blank=True)
    callback_url = models.CharField(max_length=500, blank=True)
    external_order_id = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "orders_testorder"
        ordering = ["-created_at"]

    def __str__(self):
        return self.accession
