from django.db import models


class PortalUser(models.Model):
    """Carrier-portal login (separate from staff accounts in django.contrib.auth)."""

    email = models.EmailField(unique=True)
    password_hash = models.CharField(max_length=128)
    mc_number = models.CharField(max_length=12)
    is_active = models.BooleanField(default=True)
    reset_token = models.CharField(max_length=64, blank=True, db_index=True)
    reset_expires = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "accounts_portal_user"
