from urllib.parse import urlparse

from rest_framework import serializers

from intake.models import Patient

from .models import Physician, TestOrder, TestPanel


class TestPanelSerializer(serializers.ModelSerializer):
    class Meta:
        model = TestPanel
        fields = ["code", "name", "loinc", "specimen_type", "price", "turnaround_hours", "send_out"]


class TestOrderSerializer(serializers.ModelSerializer):
    panels = serializers.SlugRelatedField(
        slug_field="code", many=True, queryset=TestPanel.objects.filter(active=True)
    )
    patient_mrn = serializers.SlugRelatedField(
        source="patient", slug_field="mrn", queryset=Patient.objects.all()
    )
    physician_npi = serializers.SlugRelatedField(
        source="physician", slug_field="npi", queryset=Physician.objects.all()
    )

    class Meta:
        model = TestOrder
        fields = [
            "id",
            "accession",
            "patient_mrn",
            "physician_npi",
            "panels",
            "priority",
            "status",
            "notes",
            "diagnosis_codes",
            "callback_url",
            "external_order_id",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["id", "accession", "created_at", "updated_at"]

    def validate_callback_url(self, value):
        if value:
            parsed = urlparse(value)
            if parsed.scheme not in ("http", "https") or not parsed.netloc:
                raise serializers.ValidationError("Callback must be an absolute http(s) URL.")
        return value

    def validate_diagnosis_codes(self, value):
        codes = [c.strip().upper() for c in value.split(",") if c.strip()]
        if len(codes) > 12:
            raise serializers.ValidationError("At most 12 ICD-10 codes per order.")
        return ",".join(codes)


class OrderBundleSerializer(serializers.Serializer):
    FORMATS = ("json", "yaml")

    format = serializers.ChoiceField(choices=FORMATS, default="json")
    payload = serializers.CharField(max_length=2_000_000)
    physician_npi = serializers.CharField(max_length=10)


class VolumeQuerySerializer(serializers.Serializer):
    bucket = serializers.CharField(default="day", max_length=100)
    days = serializers.IntegerField(default=30, min_value=1, max_value=366)
