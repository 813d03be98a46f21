from django.db import models


class Carrier(models.Model):
    STATUS_CHOICES = [("pending", "Pending"), ("active", "Active"), ("suspended", "Suspended")]
    REGION_CHOICES = [("NE", "Northeast"), ("SE", "Southeast"), ("MW", "Midwest"), ("SW", "Southwest"), ("W", "West")]

    legal_name = models.CharField(max_length=160)
    dba_name = models.CharField(max_length=160, blank=True)
    mc_number = models.CharField(max_length=12, unique=True)
    dot_number = models.CharField(max_length=12, unique=True)
    home_region = models.CharField(max_length=2, choices=REGION_CHOICES)
    status = models.CharField(max_length=12, choices=STATUS_CHOICES, default="pending")
    callback_url = models.URLField(blank=True)
    insurance_expires = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "carriers_carrier"
