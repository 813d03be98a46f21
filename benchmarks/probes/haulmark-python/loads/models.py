from django.db import models

EQUIPMENT_CHOICES = [
    ("dry_van", "Dry van"), ("reefer", "Reefer"), ("flatbed", "Flatbed"),
    ("step_deck", "Step deck"), ("power_only", "Power only"),
]
STATUS_CHOICES = [
    ("posted", "Posted"), ("tendered", "Tendered"), ("covered", "Covered"),
    ("in_transit", "In transit"), ("delivered", "Delivered"), ("cancelled", "Cancelled"),
]


class Load(models.Model):
    reference = models.CharField(max_length=20, unique=True)
    shipper = models.CharField(max_length=120)
    origin_city = models.CharField(max_length=80)
    origin_state = models.CharField(max_length=2)
    dest_city = models.CharField(max_length=80)
    dest_state = models.CharField(max_length=2)
    pickup_date = models.DateField()
    equipment_type = models.CharField(max_length=20, choices=EQUIPMENT_CHOICES)
    weight_lbs = models.PositiveIntegerField()
    status = models.CharField(max_length=20, choices=STATUS_CHOICES, default="posted")
    carrier = models.ForeignKey("carriers.Carrier", null=True, blank=True, on_delete=models.SET_NULL, related_name="loads")
    special_instructions = models.TextField(blank=True)
    pickup_pin = models.CharField(max_length=8, blank=True)
    manifest_path = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "loads_load"
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.reference} {self.origin_city}, {self.origin_state} -> {self.dest_city}, {self.dest_state}"

    @property
    def lane(self):
        return f"{self.origin_state}-{self.dest_state}"
