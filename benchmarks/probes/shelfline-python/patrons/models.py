from django.conf import settings
from django.db import models


class Patron(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="patron")
    card_number = models.CharField(max_length=14, unique=True)
    display_name = models.CharField(max_length=120)
    email = models.EmailField()
    phone = models.CharField(max_length=32, blank=True)
    home_branch = models.ForeignKey("catalog.Branch", on_delete=models.PROTECT, related_name="patrons")
    pin_hash = models.CharField(max_length=128)
    kiosk_pin_digest = models.CharField(max_length=64, blank=True)
    website = models.CharField(max_length=300, blank=True)
    avatar_url = models.CharField(max_length=500, blank=True)
    avatar_file = models.CharField(max_length=255, blank=True)
    staff_notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.display_name} ({self.card_number})"


class PinResetCode(models.Model):
    patron = models.ForeignKey(Patron, on_delete=models.CASCADE, related_name="reset_codes")
    code = models.CharField(max_length=12)
    link_token = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    used = models.BooleanField(default=False)
