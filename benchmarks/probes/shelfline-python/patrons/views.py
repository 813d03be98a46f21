from rest_framework import generics, status
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from . import services
from .serializers import PatronProfileSerializer, PatronRegistrationSerializer


class PatronRegistrationView(generics.CreateAPIView):
    serializer_class = PatronRegistrationSerializer
    permission_classes = [AllowAny]
    throttle_classes = [AnonRateThrottle]

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        patron = serializer.save()
        return Response({"card_number": patron.card_number}, status=status.HTTP_201_CREATED)


class PatronProfileView(generics.RetrieveUpdateAPIView):
    serializer_class = PatronProfileSerializer
    permission_classes = [IsAuthenticated]

    def get_object(self):
        return self.request.user.patron

    def perform_update(self, serializer):
        previous = serializer.instance.avatar_url
        patron = serializer.save()
        if patron.avatar_url and patron.avatar_url != previous:
            services.refresh_avatar(patron)


class PinResetRequestView(APIView):
    permission_classes = [AllowAny]
    throttle_classes = [AnonRateThrottle]

    def post(self, request):
        services.start_pin_reset(str(request.data.get("card_number", "")).strip())
        return Response({"detail": "If the card exists, a code has been sent."}, status=status.HTTP_202_ACCEPTED)


class KioskPinView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request):
        current = str(request.data.get("current_pin", ""))
        new_pin = str(request.data.get("new_pin", ""))
        if not new_pin.isdigit() or not 4 <= len(new_pin) <= 8:
            return Response({"detail": "PIN must be 4-8 digits."}, status=status.HTTP_400_BAD_REQUEST)
        if not services.update_kiosk_pin(request.user.patron, current, new_pin):
            return Response({"detail": "Current PIN is incorrect."}, status=status.HTTP_403_FORBIDDEN)
        return Response(status=status.HTTP_204_NO_CONTENT)
