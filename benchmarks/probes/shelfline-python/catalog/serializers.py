from rest_framework import serializers

from .models import Branch, Copy, ImportJob, Title


class BranchSerializer(serializers.ModelSerializer):
    class Meta:
        model = Branch
        fields = ["id", "code", "name", "address", "phone", "notice_template", "label_printer"]


class CopySerializer(serializers.ModelSerializer):
    branch_code = serializers.CharField(source="branch.code", read_only=True)

    class Meta:
        model = Copy
        fields = ["id", "barcode", "call_number", "status", "branch_code", "acquired_on"]


class TitleSerializer(serializers.ModelSerializer):
    available_copies = serializers.SerializerMethodField()

    class Meta:
        model = Title
        fields = [
            "id", "isbn", "title", "author", "publisher", "subject",
            "format", "vendor", "vendor_title_id", "available_copies",
        ]

    def get_available_copies(self, obj):
        return obj.copies.filter(status="shelf").count()

    def validate_isbn(self, value):
        digits = value.replace("-", "").replace(" ", "")
        if len(digits) not in (10, 13):
            raise serializers.ValidationError("ISBN must have 10 or 13 digits.")
        return digits


class ImportJobSerializer(serializers.ModelSerializer):
    class Meta:
        model = ImportJob
        fields = ["id", "kind", "archive", "mapping_config", "status", "log", "created_at"]
        read_only_fields = ["status", "log", "created_at"]
