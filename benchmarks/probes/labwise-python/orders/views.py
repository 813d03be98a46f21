from django.db import transaction
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from .importers import BundleError
from .models import TestOrder, TestPanel
from .reflab import ReferenceLabClient, ReferenceLabError
from .serializers import OrderBundleSerializer, TestOrderSerializer, TestPanelSerializer, VolumeQuerySerializer
from .services import OrderFilter, OrderService
from .tasks import notify_order_callback, submit_send_outs


class TestPanelViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = TestPanel.objects.filter(active=True)
    serializer_class = TestPanelSerializer
    lookup_field = "code"


class TestOrderViewSet(
    mixins.CreateModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    mixins.ListModelMixin,
    viewsets.GenericViewSet,
):
    serializer_class = TestOrderSerializer
    permission_classes = [IsAuthenticated]

    def get_service(self):
        return OrderService()

    def get_queryset(self):
        order_filter = OrderFilter.from_query_params(self.request.query_params)
        return self.get_service().list_orders(self.request.user, order_filter)

    def perform_create(self, serializer):
        with transaction.atomic():
            order = serializer.save()
            self.get_service().assign_accession(order)
        transaction.on_commit(lambda: submit_send_outs.delay(order.pk))

    def perform_update(self, serializer):
        previous = serializer.instance.status
        order = serializer.save()
        if order.status != previous:
            transaction.on_commit(lambda: notify_order_callback.delay(order.pk))

    @action(detail=False, methods=["get"])
    def volume(self, request):
        query = VolumeQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        data = self.get_service().volume_by_period(query.validated_data["bucket"], query.validated_data["days"])
        return Response({"results": data})

    @action(detail=False, methods=["post"], url_path="import")
    def import_bundle(self, request):
        bundle = OrderBundleSerializer(data=request.data)
        bundle.is_valid(raise_exception=True)
        try:
            orders = self.get_service().import_bundle(
                bundle.validated_data["format"],
                bundle.validated_data["payload"],
                bundle.validated_data["physician_npi"],
            )
        except BundleError as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        return Response({"created": [o.accession for o in orders]}, status=status.HTTP_201_CREATED)

    @action(detail=True, methods=["get"], url_path="reference-status")
    def reference_status(self, request, pk=None):
        order = self.get_object()
        if not order.external_order_id:
            return Response({"detail": "Order was not sent out."}, status=status.HTTP_404_NOT_FOUND)
        try:
            remote = ReferenceLabClient().order_status(order.external_order_id)
        except (ReferenceLabError, ValueError) as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_502_BAD_GATEWAY)
        return Response(remote)

    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        order = self.get_object()
        if order.status in (TestOrder.Status.RESULTED, TestOrder.Status.CANCELLED):
            return Response({"detail": "Order can no longer be cancelled."}, status=status.HTTP_409_CONFLICT)
        order.status = TestOrder.Status.CANCELLED
        order.save(update_fields=["status", "updated_at"])
        transaction.on_commit(lambda: notify_order_callback.delay(order.pk))
        return Response(self.get_serializer(order).data)
