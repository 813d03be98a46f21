from django.db import models


class Quote(models.Model):
    load = models.ForeignKey("loads.Load", on_delete=models.CASCADE, related_name="quotes")
    carrier = models.ForeignKey("carriers.Carrier", null=True, blank=True, on_delete=models.SET_NULL)
    lane_code = models.CharField(max_length=8)
    miles = models.DecimalField(max_digits=8, decimal_places=1)
    linehaul = models.DecimalField(max_digits=10, decimal_places=2)
    fuel_surcharge = models.DecimalField(max_digits=10, decimal_places=2)
    accessorials = models.JSONField(default=list)
    total = models.DecimalField(max_digits=10, decimal_places=2)
    carrier_pay = models.DecimalField(max_digits=10, decimal_places=2, default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "quotes_quote"
        ordering = ["-created_at"]


class RateCard(models.Model):
    shipper = models.CharField(max_length=120)
    effective = models.DateField()
    lanes = models.JSONField(default=list)
    uploaded_at = models.DateTimeField(auto_now_add=True)
