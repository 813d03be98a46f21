import uuid

from django.conf import settings
from django.db import models


class Patient(models.Model):
    class Sex(models.TextChoices):
        FEMALE = "F", "Female"
        MALE = "M", "Male"
        OTHER = "O", "Other"
        UNKNOWN = "U", "Unknown"

    mrn = models.CharField("MRN", max_length=20, unique=True)
    first_name = models.CharField(max_length=80)
    last_name = models.CharField(max_length=80)
    date_of_birth = models.DateField()
    sex = models.CharField(max_length=1, choices=Sex.choices, default=Sex.UNKNOWN)
    phone = models.CharField(max_length=32, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "intake_patient"
        ordering = ["last_name", "first_name"]

    def __str__(self):
        return f"{self.last_name}, {self.first_name} ({self.mrn})"

    @property
    def initials(self):
        return f"{self.first_name[:1]}{self.last_name[:1]}".upper()


class CollectionStation(models.Model):
    code = models.CharField(max_length=16, unique=True)
    name = models.CharField(max_length=120)
    default_printer = models.CharField(max_length=64)
    active = models.BooleanField(default=True)

    class Meta:
        db_table = "intake_collectionstation"

    def __str__(self):
        return self.name


class KioskOperator(models.Model):
    station = models.ForeignKey(CollectionStation, on_delete=models.CASCADE, related_name="operators")
    badge_id = models.CharField(max_length=24, unique=True)
    display_name = models.CharField(max_length=120)
    passcode_hash = models.CharField(max_length=128, blank=True)
    active = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "intake_kioskoperator"


class Sample(models.Model):
    class Status(models.TextChoices):
        RECEIVED = "received", "Received"
        IN_PROCESS = "in_process", "In process"
        COMPLETED = "completed", "Completed"
        REJECTED = "rejected", "Rejected"

    class SpecimenType(models.TextChoices):
        SERUM = "serum", "Serum"
        PLASMA = "plasma", "Plasma"
        WHOLE_BLOOD = "whole_blood", "Whole blood"
        URINE = "urine", "Urine"
        SWAB = "swab", "Swab"

    barcode = models.CharField(max_length=32, unique=True)
    patient = models.ForeignKey(Patient, on_delete=models.PROTECT, related_name="samples")
    order = models.ForeignKey("orders.TestOrder", on_delete=models.SET_NULL, null=True, blank=True, related_name="samples")
    specimen_type = models.CharField(max_length=16, choices=SpecimenType.choices)
    collected_at = models.DateTimeField()
    received_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.RECEIVED)
    station = models.ForeignKey(CollectionStation, on_delete=models.SET_NULL, null=True, blank=True)
    rejection_reason = models.CharField(max_length=200, blank=True)

    class Meta:
        db_table = "intake_sample"
        indexes = [models.Index(fields=["status", "received_at"])]

    def __str__(self):
        return self.barcode


class RequisitionBatch(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    station = models.ForeignKey(CollectionStation, on_delete=models.PROTECT)
    created_at = models.DateTimeField(auto_now_add=True)
    file_count = models.PositiveIntegerField(default=0)
    storage_dir = models.CharField(max_length=255)

    class Meta:
        db_table = "intake_requisitionbatch"
        ordering = ["-created_at"]
