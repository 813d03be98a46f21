from django.db import models


class Campaign(models.Model):
    """Newsletter/reading-programme e-mail written by the outreach team."""

    branch = models.ForeignKey("catalog.Branch", null=True, blank=True, on_delete=models.CASCADE)
    subject = models.CharField(max_length=200)
    body_template = models.TextField()
    scheduled_for = models.DateTimeField(null=True, blank=True)
    sent = models.BooleanField(default=False)
