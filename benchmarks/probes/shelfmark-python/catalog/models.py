from django.conf import settings
from django.db import models


class Branch(models.Model):
    code = models.SlugField(unique=True)
    name = models.CharField(max_length=120)
    opens_at = models.TimeField()
    closes_at = models.TimeField()

    def __str__(self):
        return self.name


class Book(models.Model):
    isbn = models.CharField(max_length=17, db_index=True)
    title = models.CharField(max_length=300)
    author = models.CharField(max_length=200)
    published = models.DateField(null=True, blank=True)
    branch = models.ForeignKey(Branch, on_delete=models.PROTECT, related_name="books")
    shelf_code = models.CharField(max_length=20)
    blurb = models.TextField(blank=True)

    class Meta:
        ordering = ["title"]


class Loan(models.Model):
    book = models.ForeignKey(Book, on_delete=models.PROTECT, related_name="loans")
    patron = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    borrowed_on = models.DateField(auto_now_add=True)
    due_on = models.DateField()
    returned_on = models.DateField(null=True, blank=True)
    renewals = models.PositiveSmallIntegerField(default=0)


class PatronPreference(models.Model):
    SORT_CHOICES = [
        ("title", "Title"),
        ("author", "Author"),
        ("published", "Publication date"),
    ]
    patron = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    catalog_sort = models.CharField(max_length=20, choices=SORT_CHOICES, default="title")
    page_size = models.PositiveSmallIntegerField(default=25)
