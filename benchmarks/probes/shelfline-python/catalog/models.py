from django.conf import settings
from django.db import models


class Branch(models.Model):
    code = models.CharField(max_length=8, unique=True)
    name = models.CharField(max_length=120)
    address = models.TextField(blank=True)
    phone = models.CharField(max_length=32, blank=True)
    notice_template = models.TextField(
        blank=True,
        help_text="Branch-specific notice body (Jinja syntax). Falls back to the network default.",
    )
    label_printer = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["code"]
        verbose_name_plural = "branches"

    def __str__(self):
        return f"{self.code} - {self.name}"


class Title(models.Model):
    FORMAT_CHOICES = [
        ("book", "Book"),
        ("ebook", "E-book"),
        ("audio", "Audiobook"),
        ("dvd", "DVD"),
    ]

    isbn = models.CharField(max_length=17, db_index=True)
    title = models.CharField(max_length=400)
    author = models.CharField(max_length=255, blank=True)
    publisher = models.CharField(max_length=255, blank=True)
    subject = models.CharField(max_length=255, blank=True)
    format = models.CharField(max_length=8, choices=FORMAT_CHOICES, default="book")
    cover_file = models.CharField(max_length=255, blank=True)
    cover_id = models.UUIDField(null=True, blank=True)
    vendor = models.CharField(max_length=32, blank=True)
    vendor_title_id = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.title


class Copy(models.Model):
    STATUS_CHOICES = [
        ("shelf", "On shelf"),
        ("loan", "On loan"),
        ("transit", "In transit"),
        ("hold", "On hold shelf"),
        ("lost", "Lost"),
        ("withdrawn", "Withdrawn"),
    ]

    title = models.ForeignKey(Title, on_delete=models.CASCADE, related_name="copies")
    branch = models.ForeignKey(Branch, on_delete=models.PROTECT, related_name="copies")
    barcode = models.CharField(max_length=32, unique=True)
    call_number = models.CharField(max_length=64)
    status = models.CharField(max_length=12, choices=STATUS_CHOICES, default="shelf")
    acquired_on = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "copies"


class ImportJob(models.Model):
    KIND_CHOICES = [
        ("marc_zip", "MARC bundle (zip)"),
        ("cover_zip", "Cover art (zip)"),
        ("kbart_tar", "Vendor KBART holdings (tar.gz)"),
        ("delivery", "Vendor delivery package"),
        ("onix", "ONIX feed"),
    ]

    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    kind = models.CharField(max_length=16, choices=KIND_CHOICES)
    archive = models.FileField(upload_to="imports/")
    mapping_config = models.TextField(blank=True)
    status = models.CharField(max_length=16, default="queued")
    log = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
