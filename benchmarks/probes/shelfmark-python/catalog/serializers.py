from rest_framework import serializers

from .models import Book, Loan


class BookSerializer(serializers.ModelSerializer):
    branch = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = Book
        fields = ["id", "isbn", "title", "author", "published", "branch", "shelf_code"]


class BookQuerySerializer(serializers.Serializer):
    q = serializers.CharField(required=False, allow_blank=True, default="")
    mode = serializers.ChoiceField(choices=["title", "author"], default="title")
    branch = serializers.SlugField(required=False)
    published_after = serializers.CharField(required=False)


class LoanSerializer(serializers.ModelSerializer):
    book = BookSerializer(read_only=True)

    class Meta:
        model = Loan
        fields = ["id", "book", "borrowed_on", "due_on", "returned_on", "renewals"]


class RenewSerializer(serializers.Serializer):
    days = serializers.IntegerField(min_value=1, max_value=21)
