from django.conf import settings
from django.db import models


class CustomerAccount(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="customer")
    name = models.CharField(max_length=200)
    account_code = models.CharField(max_length=32, unique=True)
    contact_email = models.EmailField()
    webhook_url = models.URLField(blank=True)
    api_key_hash = models.CharField(max_length=128, blank=True)
    label_template = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.account_code} {self.name}"


class Carrier(models.Model):
    code = models.CharField(max_length=16, unique=True)
    name = models.CharField(max_length=120)
    tracking_api_url = models.URLField()
    active = models.BooleanField(default=True)


class Shipment(models.Model):
    class Status(models.TextChoices):
        BOOKED = "booked"
        IN_TRANSIT = "in_transit"
        CUSTOMS_HOLD = "customs_hold"
        AT_WAREHOUSE = "at_warehouse"
        DELIVERED = "delivered"

    reference = models.CharField(max_length=40, unique=True)
    customer = models.ForeignKey(CustomerAccount, on_delete=models.PROTECT, related_name="shipments")
    carrier = models.ForeignKey(Carrier, on_delete=models.PROTECT, null=True)
    origin = models.CharField(max_length=120)
    destination = models.CharField(max_length=120)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.BOOKED)
    weight_kg = models.DecimalField(max_digits=10, decimal_places=2)
    declared_value = models.DecimalField(max_digits=12, decimal_places=2, default=0)
    notes = models.TextField(blank=True)
    pickup_pin = models.CharField(max_length=12, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)


class Manifest(models.Model):
    carrier = models.ForeignKey(Carrier, on_delete=models.PROTECT)
    departure_date = models.DateField()
    shipments = models.ManyToManyField(Shipment, related_name="manifests")
    closed = models.BooleanField(default=False)


class CustomsDocument(models.Model):
    shipment = models.ForeignKey(Shipment, on_delete=models.CASCADE, related_name="customs_documents")
    doc_type = models.CharField(max_length=32)
    file_name = models.CharField(max_length=255)
    hs_codes = models.CharField(max_length=255, blank=True)
    uploaded_at = models.DateTimeField(auto_now_add=True)


class WarehouseBin(models.Model):
    warehouse_code = models.CharField(max_length=8)
    aisle = models.CharField(max_length=4)
    level = models.PositiveSmallIntegerField()
    position = models.PositiveSmallIntegerField()
    capacity_kg = models.DecimalField(max_digits=8, decimal_places=2)
    used_kg = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    current_shipment = models.ForeignKey(Shipment, on_delete=models.SET_NULL, null=True, blank=True)

    class Meta:
        unique_together = ("warehouse_code", "aisle", "level", "position")
