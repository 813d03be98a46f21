from rest_framework import serializers

from clinic.models import Appointment, LabResult, Owner, Patient, Prescription, StaffPreference


class OwnerSerializer(serializers.ModelSerializer):
    class Meta:
        model = Owner
        fields = ["id", "public_id", "full_name", "email"]
        read_only_fields = ["public_id"]


class PatientSerializer(serializers.ModelSerializer):
    class Meta:
        model = Patient
        fields = ["id", "owner", "clinic", "name", "species", "breed", "weight_kg", "microchip", "allergies", "notes"]


class AppointmentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Appointment
        fields = ["id", "patient", "vet", "starts_at", "reason", "status", "confirmation_code"]
        read_only_fields = ["confirmation_code", "status"]


class PrescriptionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Prescription
        fields = ["id", "patient", "drug_name", "dose_mg", "frequency", "issued_by", "issued_at"]
        read_only_fields = ["issued_by", "issued_at"]


class LabResultSerializer(serializers.ModelSerializer):
    class Meta:
        model = LabResult
        fields = ["id", "patient", "panel", "external_ref", "summary", "pdf_name", "received_at"]
        read_only_fields = fields


class StaffPreferenceSerializer(serializers.ModelSerializer):
    sort_key = serializers.ChoiceField(choices=list(StaffPreference.SORT_COLUMNS), write_only=True)

    class Meta:
        model = StaffPreference
        fields = ["sort_key", "patient_sort", "page_size"]
        read_only_fields = ["patient_sort"]

    def update(self, instance, validated_data):
        key = validated_data.pop("sort_key", None)
        if key is not None:
            instance.patient_sort = StaffPreference.SORT_COLUMNS[key]
        return super().update(instance, validated_data)


class DoseRequestSerializer(serializers.Serializer):
    drug = serializers.CharField(max_length=40, required=False)
    formula = serializers.CharField(max_length=200, required=False)
    weight_kg = serializers.DecimalField(max_digits=6, decimal_places=2)
