from django.conf import settings
from django.db import models


class Result(models.Model):
    class Flag(models.TextChoices):
        NORMAL = "N", "Normal"
        HIGH = "H", "High"
        LOW = "L", "Low"
        CRITICAL_HIGH = "HH", "Critical high"
        CRITICAL_LOW = "LL", "Critical low"
        ABNORMAL = "A", "Abnormal"

    class Status(models.TextChoices):
        PRELIMINARY = "prelim", "Preliminary"
        FINAL = "final", "Final"
        CORRECTED = "corrected", "Corrected"

    order = models.ForeignKey("orders.TestOrder", on_delete=models.CASCADE, related_name="results")
    panel = models.ForeignKey("orders.TestPanel", on_delete=models.PROTECT)
    analyte_code = models.CharField(max_length=24)
    analyte_name = models.CharField(max_length=160)
    value = models.CharField(max_length=64)
    unit = models.CharField(max_length=24, blank=True)
    reference_range = models.CharField(max_length=64, blank=True)
    flag = models.CharField(max_length=2, choices=Flag.choices, default=Flag.NORMAL)
    comment = models.TextField(blank=True)
    instrument_id = models.CharField(max_length=40, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PRELIMINARY)
    verified_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    verifier_uid = models.CharField(max_length=64, blank=True)
    verified_at = models.DateTimeField(null=True, blank=True)
    resulted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "results_result"
        ordering = ["panel__code", "analyte_code"]

    @property
    def is_critical(self):
        return self.flag in (self.Flag.CRITICAL_HIGH, self.Flag.CRITICAL_LOW)


class CalculatedAnalyte(models.Model):
    code = models.CharField(max_length=24, unique=True)
    name = models.CharField(max_length=160)
    formula = models.TextField(help_text="Python arithmetic over input analyte codes, e.g. 'CREA * 88.4'")
    inputs = models.JSONField(default=list)
    unit = models.CharField(max_length=24, blank=True)
    reference_range = models.CharField(max_length=64, blank=True)

    class Meta:
        db_table = "results_calculatedanalyte"


class ReferenceDocument(models.Model):
    """Raw XML batch document received from the reference lab (many accessions per file)."""

    batch_id = models.CharField(max_length=40, unique=True)
    accessions = models.JSONField(default=list)
    received_at = models.DateTimeField(auto_now_add=True)
    xml = models.TextField()

    class Meta:
        db_table = "results_referencedocument"
        get_latest_by = "received_at"


class QcRuleSet(models.Model):
    instrument_id = models.CharField(max_length=40, unique=True)
    rules = models.JSONField(default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "results_qcruleset"
