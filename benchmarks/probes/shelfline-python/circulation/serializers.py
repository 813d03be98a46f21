from rest_framework import serializers

from .models import FinePolicy, Hold, Loan


class LoanSerializer(serializers.ModelSerializer):
    barcode = serializers.CharField(source="copy.barcode", read_only=True)
    title = serializers.CharField(source="copy.title.title", read_only=True)

    class Meta:
        model = Loan
        fields = ["id", "barcode", "title", "checkout_at", "due_date", "returned_at", "renewals"]
        read_only_fields = fields


class HoldSerializer(serializers.ModelSerializer):
    class Meta:
        model = Hold
        fields = ["id", "title", "pickup_branch", "patron_message", "status", "created_at"]
        read_only_fields = ["status", "created_at"]

    def validate_patron_message(self, value):
        if len(value) > 500:
            raise serializers.ValidationError("Message is limited to 500 characters.")
        return value.strip()


class FinePolicySerializer(serializers.ModelSerializer):
    class Meta:
        model = FinePolicy
        fields = ["id", "branch", "name", "item_format", "rule_expression", "grace_days_config", "active"]
