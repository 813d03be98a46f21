from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_GET
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from common.html import highlight, lane_filter_link, status_pill
from services.carrier_directory import CarrierDirectory
from services.compliance import ComplianceRegistry
from services.fmcsa_client import FmcsaClient
from services.scorecards import ScorecardService

from .models import Carrier
from .serializers import CarrierSerializer
from .tasks import deliver_webhook


class CarrierViewSet(viewsets.ModelViewSet):
    queryset = Carrier.objects.all().order_by("legal_name")
    serializer_class = CarrierSerializer

    @action(detail=True, methods=["post"], url_path="test-webhook")
    def test_webhook(self, request, pk=None):
        carrier = self.get_object()
        target = request.data.get("url") or carrier.callback_url
        if not target:
            return Response({"detail": "no callback URL configured"}, status=status.HTTP_400_BAD_REQUEST)
        deliver_webhook.delay(target, {"event": "webhook.test", "carrier_id": carrier.id, "sent_at": timezone.now().isoformat()})
        return Response({"queued": True, "target": target}, status=status.HTTP_202_ACCEPTED)

    @action(detail=True, methods=["post"], url_path="refresh-authority")
    def refresh_authority(self, request, pk=None):
        carrier = self.get_object()
        snapshot = FmcsaClient().carrier_snapshot(carrier.dot_number)
        carrier.status = "active" if snapshot["allowed_to_operate"] else "suspended"
        carrier.save(update_fields=["status"])
        return Response(snapshot)


class DispatcherLookupView(APIView):
    def get(self, request):
        mc = request.query_params.get("mc", "")
        return Response({"mc": mc, "dispatchers": CarrierDirectory().dispatchers_for(mc) if mc else []})


class ContactLookupView(APIView):
    def get(self, request):
        contact = CarrierDirectory().find_contact(request.query_params.get("email", ""))
        return Response(contact) if contact else Response({"detail": "not found"}, status=status.HTTP_404_NOT_FOUND)


class InsuranceView(APIView):
    def get(self, request, mc_number):
        return Response({"mc": mc_number, "policies": ComplianceRegistry.instance().insurance_for(mc_number)})


class AuthorityView(APIView):
    def get(self, request, dot_number):
        return Response(ComplianceRegistry.instance().authority_for(dot_number))


@require_GET
def carrier_scorecard(request):
    region = request.GET.get("region", "MW")
    days = int(request.GET.get("days", "90")) if request.GET.get("days", "90").isdigit() else 90
    return JsonResponse({"region": region, "days": days, "carriers": ScorecardService().region_summary(region, days=days)})


@require_GET
def carrier_profile(request, carrier_id):
    carrier = get_object_or_404(Carrier, pk=carrier_id)
    context = {
        "carrier": carrier,
        "status_html": status_pill(carrier.status),
        "notes_html": highlight(carrier.notes, request.GET.get("hl", "")),
        "lane_link": lane_filter_link(request.GET.get("lane", "")),
        "recent_loads": carrier.loads.order_by("-pickup_date")[:20],
    }
    return render(request, "carriers/profile.html", context)
