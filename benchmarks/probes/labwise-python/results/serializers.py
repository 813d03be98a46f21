from rest_framework import serializers

from .models import Result


class ResultSerializer(serializers.ModelSerializer):
    accession = serializers.CharField(source="order.accession", read_only=True)
    panel_code = serializers.CharField(source="panel.code", read_only=True)

    class Meta:
        model = Result
        fields = [
            "id",
            "accession",
            "panel_code",
            "analyte_code",
            "analyte_name",
            "value",
            "unit",
            "reference_range",
            "flag",
            "comment",
            "instrument_id",
            "status",
            "verifier_uid",
            "verified_at",
            "resulted_at",
        ]
        read_only_fields = ["id", "accession", "panel_code", "verifier_uid", "verified_at", "resulted_at"]


class VerifySerializer(serializers.Serializer):
    verifier_uid = serializers.CharField(max_length=64)
    comment = serializers.CharField(required=False, allow_blank=True, max_length=4000)


class FormulaPreviewSerializer(serializers.Serializer):
    formula = serializers.CharField(max_length=500)
    values = serializers.DictField(child=serializers.FloatField())
