from django.db import models

from catalog.models import Branch, Copy, Title
from patrons.models import Patron


class Loan(models.Model):
    copy = models.ForeignKey(Copy, on_delete=models.PROTECT, related_name="loans")
    patron = models.ForeignKey(Patron, on_delete=models.PROTECT, related_name="loans")
    checkout_at = models.DateTimeField(auto_now_add=True)
    due_date = models.DateField()
    returned_at = models.DateTimeField(null=True, blank=True)
    renewals = models.PositiveSmallIntegerField(default=0)
    checkout_branch = models.ForeignKey(Branch, on_delete=models.PROTECT, related_name="+")


class Hold(models.Model):
    STATUS_CHOICES = [
        ("waiting", "Waiting"),
        ("in_transit", "In transit"),
        ("ready", "Ready for pickup"),
        ("fulfilled", "Fulfilled"),
        ("cancelled", "Cancelled"),
    ]

    title = models.ForeignKey(Title, on_delete=models.CASCADE, related_name="holds")
    patron = models.ForeignKey(Patron, on_delete=models.CASCADE, related_name="holds")
    pickup_branch = models.ForeignKey(Branch, on_delete=models.PROTECT, related_name="holds")
    patron_message = models.TextField(blank=True, help_text="Shown to desk staff on the hold queue")
    status = models.CharField(max_length=12, choices=STATUS_CHOICES, default="waiting")
    created_at = models.DateTimeField(auto_now_add=True)


class FinePolicy(models.Model):
    branch = models.ForeignKey(Branch, on_delete=models.CASCADE, related_name="fine_policies")
    name = models.CharField(max_length=80)
    item_format = models.CharField(max_length=8, default="book")
    # e.g. "min(days_overdue * 0.25, replacement_cost)"
    rule_expression = models.CharField(max_length=500)
    # e.g. "{'weekday': 2, 'holiday': 3}"
    grace_days_config = models.CharField(max_length=200, default="{'weekday': 1}")
    active = models.BooleanField(default=True)


class Fine(models.Model):
    loan = models.ForeignKey(Loan, on_delete=models.CASCADE, related_name="fines")
    amount = models.DecimalField(max_digits=8, decimal_places=2)
    assessed_at = models.DateTimeField(auto_now_add=True)
    waived = models.BooleanField(default=False)


class Transfer(models.Model):
    shipment_id = models.CharField(max_length=32, unique=True)
    from_branch = models.ForeignKey(Branch, on_delete=models.PROTECT, related_name="+")
    to_branch = models.ForeignKey(Branch, on_delete=models.PROTECT, related_name="+")
    courier = models.CharField(max_length=32, default="city-courier")
    manifest_xml = models.TextField()
    received_at = models.DateTimeField(null=True, blank=True)
