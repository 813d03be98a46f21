from rest_framework import serializers

from .models import EQUIPMENT_CHOICES, Load


class LoadSerializer(serializers.ModelSerializer):
    equipment_type = serializers.ChoiceField(choices=EQUIPMENT_CHOICES)
    lane = serializers.CharField(read_only=True)

    class Meta:
        model = Load
        fields = [
            "id", "reference", "shipper", "origin_city", "origin_state", "dest_city", "dest_state",
            "pickup_date", "equipment_type", "weight_lbs", "status", "carrier", "special_instructions",
            "lane", "created_at",
        ]
        read_only_fields = ["reference", "status", "carrier", "created_at"]

    def validate_weight_lbs(self, value):
        if value > 80000:
            raise serializers.ValidationError("exceeds legal gross weight without permits")
        return value
