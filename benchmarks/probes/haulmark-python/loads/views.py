from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from common.prefs import DEFAULT_PREFS, PREFS_COOKIE, decode_board_prefs, encode_board_prefs
from common.validators import normalize_state, require_release_code
from repositories.load_repository import LoadRepository
from services.auth_tokens import TokenError, issue_share_token, read_share_token
from services.dispatch import generate_pickup_pin, next_load_reference
from services.scorecards import ScorecardService
from services.tracking_store import TrackingStore

from .models import Load
from .serializers import LoadSerializer
from .tasks import build_manifest


class LoadViewSet(viewsets.ModelViewSet):
    queryset = Load.objects.select_related("carrier").order_by("-created_at")
    serializer_class = LoadSerializer

    def perform_create(self, serializer):
        pin = generate_pickup_pin()
        with transaction.atomic():
            load = serializer.save(reference=next_load_reference(), pickup_pin=pin)
        TrackingStore().register_checkin(load.reference, pin)

    @action(detail=True, methods=["get"])
    def benchmarks(self, request, pk=None):
        return Response(ScorecardService().lane_benchmarks(self.get_object()))

    @action(detail=True, methods=["post"])
    def manifest(self, request, pk=None):
        load = self.get_object()
        build_manifest.delay(load.reference, request.data.get("format", "pdf"))
        return Response({"queued": True, "reference": load.reference}, status=status.HTTP_202_ACCEPTED)

    @action(detail=True, methods=["post"])
    def share(self, request, pk=None):
        token = issue_share_token(self.get_object().reference)
        return Response({"url": request.build_absolute_uri(f"/widget/track/?t={token}")})


class LoadSearchView(APIView):
    def get(self, request):
        params = request.query_params
        filters = {
            "origin_state": params.get("origin", ""),
            "dest_state": params.get("dest", ""),
            "min_weight": params.get("min_weight"),
        }
        return Response(LoadSerializer(LoadRepository().search(filters), many=True).data)


def load_board(request):
    cookie = request.COOKIES.get(PREFS_COOKIE)
    prefs = decode_board_prefs(cookie) if cookie else dict(DEFAULT_PREFS)
    q = request.GET.get("q", "").strip()
    sort = request.GET.get("sort") or prefs["sort"]
    loads = LoadRepository().board(prefs["status"], sort)
    if q:
        needle = q.lower()
        loads = [ld for ld in loads if needle in f"{ld.origin_city} {ld.dest_city} {ld.shipper}".lower()]
    return render(request, "loads/board.html", {"loads": loads, "q": q, "prefs": prefs, "sort": sort})


@require_POST
def save_board_prefs(request):
    prefs = dict(DEFAULT_PREFS, status=request.POST.get("status", "posted"), sort=request.POST.get("sort", "pickup"))
    prefs["compact"] = request.POST.get("compact") == "on"
    response = redirect("load-board")
    response.set_cookie(PREFS_COOKIE, encode_board_prefs(prefs), max_age=90 * 86400, samesite="Lax")
    return response


class TrackingShareView(APIView):
    authentication_classes = []
    permission_classes = [AllowAny]

    def get(self, request):
        try:
            load_ref = read_share_token(request.query_params.get("t", ""))
        except TokenError as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_403_FORBIDDEN)
        load = get_object_or_404(Load, reference=load_ref)
        return Response({
            "reference": load.reference,
            "origin": f"{load.origin_city}, {load.origin_state}",
            "destination": f"{load.dest_city}, {load.dest_state}",
            "status": load.get_status_display(),
            "events": TrackingStore().events_for(load.reference, limit=50),
        })


class DriverCheckinView(APIView):
    authentication_classes = []
    permission_classes = [AllowAny]

    def post(self, request, reference):
        store = TrackingStore()
        record = store.match_checkin(reference, request.data.get("pin"))
        if record is None:
            return Response({"detail": "pin does not match"}, status=status.HTTP_403_FORBIDDEN)
        store.record(reference, {"type": "driver_checkin", "lat": request.data.get("lat"), "lng": request.data.get("lng")})
        return Response({"ok": True, "dock": record.get("dock"), "instructions": record.get("instructions", "")})


class DockReleaseView(APIView):
    def post(self, request, reference):
        code = require_release_code(request.data.get("release_code"))
        store = TrackingStore()
        release = store.match_release(reference, code)
        if release is None:
            return Response({"detail": "release code not valid for this load"}, status=status.HTTP_403_FORBIDDEN)
        store.consume_release(release["_id"])
        Load.objects.filter(reference=reference).update(status="in_transit")
        return Response({"released": True})


class DelayedEventsView(APIView):
    def get(self, request, reference):
        events = TrackingStore().delayed(reference, request.query_params.get("over", "30"))
        origin = normalize_state(request.query_params.get("origin_state"))
        if origin:
            events = [e for e in events if e.get("state") == origin]
        return Response({"reference": reference, "delayed": events})
