from django.conf import settings
from django.core.mail import send_mail
from django.db import models


class PatronProfile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    home_branch = models.ForeignKey("catalog.Branch", null=True, on_delete=models.SET_NULL)
    kiosk_pin_digest = models.CharField(max_length=64)
    verification_token = models.CharField(max_length=64, blank=True)
    reset_code = models.CharField(max_length=16, blank=True)

    def send_reset_email(self):
        send_mail(
            "Your Shelfmark reset code",
            f"Use code {self.reset_code} to choose a new password. It expires in 30 minutes.",
            "no-reply@shelfmark.example.org",
            [self.user.email],
        )
