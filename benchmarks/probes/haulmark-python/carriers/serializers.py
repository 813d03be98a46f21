from rest_framework import serializers

from .models import Carrier


class CarrierSerializer(serializers.ModelSerializer):
    class Meta:
        model = Carrier
        fields = [
            "id", "legal_name", "dba_name", "mc_number", "dot_number", "home_region",
            "status", "callback_url", "insurance_expires", "notes",
        ]
        read_only_fields = ["status"]

    def validate_mc_number(self, value):
        digits = value.upper().removeprefix("MC").strip("- ")
        if not digits.isdigit():
            raise serializers.ValidationError("MC number must be numeric")
        return digits
