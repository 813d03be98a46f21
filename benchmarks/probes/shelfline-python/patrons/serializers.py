import re

from rest_framework import serializers

from catalog.models import Branch

from . import services
from .models import Patron

PIN_RE = re.compile(r"\d{4,8}")


class PatronRegistrationSerializer(serializers.Serializer):
    display_name = serializers.CharField(max_length=120)
    email = serializers.EmailField()
    phone = serializers.CharField(max_length=32, required=False, allow_blank=True)
    home_branch = serializers.SlugRelatedField(slug_field="code", queryset=Branch.objects.all())
    pin = serializers.CharField(write_only=True)

    def validate_pin(self, value):
        if not PIN_RE.fullmatch(value):
            raise serializers.ValidationError("PIN must be 4-8 digits.")
        return value

    def create(self, validated_data):
        return services.register_patron(**validated_data)


class PatronProfileSerializer(serializers.ModelSerializer):
    home_branch = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = Patron
        fields = ["card_number", "display_name", "email", "phone", "home_branch", "website", "avatar_url"]
        read_only_fields = ["card_number", "home_branch"]
