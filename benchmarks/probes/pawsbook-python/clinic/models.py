import uuid

from django.conf import settings
from django.db import models


class Clinic(models.Model):
    code = models.CharField(max_length=12, unique=True)
    name = models.CharField(max_length=120)
    city = models.CharField(max_length=80)


class StaffProfile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, related_name="staff_profile", on_delete=models.CASCADE)
    clinic = models.ForeignKey(Clinic, related_name="staff", on_delete=models.PROTECT)
    role = models.CharField(max_length=20, choices=[("vet", "Vet"), ("nurse", "Nurse"), ("reception", "Reception")])


class Owner(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    full_name = models.CharField(max_length=160)
    email = models.EmailField(unique=True)
    phone_encrypted = models.TextField(blank=True)
    portal_password = models.CharField(max_length=256, blank=True)
    reset_code = models.CharField(max_length=12, blank=True)
    reset_requested_at = models.DateTimeField(null=True, blank=True)


class Patient(models.Model):
    SPECIES_CHOICES = [("dog", "Dog"), ("cat", "Cat"), ("rabbit", "Rabbit"), ("bird", "Bird"), ("other", "Other")]

    owner = models.ForeignKey(Owner, related_name="pets", on_delete=models.CASCADE)
    clinic = models.ForeignKey(Clinic, related_name="patients", on_delete=models.PROTECT)
    name = models.CharField(max_length=80)
    species = models.CharField(max_length=16, choices=SPECIES_CHOICES)
    breed = models.CharField(max_length=80, blank=True)
    weight_kg = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    microchip = models.CharField(max_length=20, blank=True, db_index=True)
    allergies = models.CharField(max_length=255, blank=True)
    notes = models.TextField(blank=True)
    is_active = models.BooleanField(default=True)


class Appointment(models.Model):
    patient = models.ForeignKey(Patient, related_name="appointments", on_delete=models.CASCADE)
    vet = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    starts_at = models.DateTimeField()
    reason = models.CharField(max_length=200)
    status = models.CharField(max_length=16, default="booked")
    confirmation_code = models.CharField(max_length=64, unique=True)


class Prescription(models.Model):
    patient = models.ForeignKey(Patient, related_name="prescriptions", on_delete=models.CASCADE)
    drug_name = models.CharField(max_length=120)
    dose_mg = models.DecimalField(max_digits=8, decimal_places=2)
    frequency = models.CharField(max_length=40)
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    issued_at = models.DateTimeField(auto_now_add=True)


class LabResult(models.Model):
    patient = models.ForeignKey(Patient, related_name="lab_results", on_delete=models.CASCADE)
    panel = models.CharField(max_length=80)
    external_ref = models.CharField(max_length=64, blank=True)
    raw_xml = models.TextField(blank=True)
    summary = models.TextField(blank=True)
    pdf_name = models.CharField(max_length=255, blank=True)
    received_at = models.DateTimeField(auto_now_add=True)


class StaffPreference(models.Model):
    SORT_COLUMNS = {"name": "p.name", "species": "p.species, p.name", "owner": "o.full_name, p.name", "newest": "p.id DESC"}

    user = models.OneToOneField(settings.AUTH_USER_MODEL, related_name="pawsbook_prefs", on_delete=models.CASCADE)
    patient_sort = models.CharField(max_length=40, default="p.name")
    page_size = models.PositiveSmallIntegerField(default=25)


class KioskAccount(models.Model):
    clinic = models.ForeignKey(Clinic, related_name="kiosks", on_delete=models.CASCADE)
    username = models.CharField(max_length=40, unique=True)
    password_hash = models.CharField(max_length=128)
