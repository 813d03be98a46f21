import ast
from decimal import Decimal, InvalidOperation

from django.contrib.auth.decorators import login_required
from django.db.models.expressions import RawSQL
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from rest_framework import status
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from loads.models import Load
from services.quote_mailer import QuoteMailer
from services.rate_engine import DEFAULT_SURCHARGE_FORMULA, FuelFeedError, QuoteRequest, RateEngine
from services.ratecards import RateCardImporter

from .models import Quote


class QuoteView(APIView):
    def post(self, request):
        data = request.data
        load = get_object_or_404(Load, pk=data.get("load_id"))
        try:
            rate = Decimal(str(data.get("rate_per_mile", "2.10")))
            miles = float(data.get("miles", 0))
        except (InvalidOperation, ValueError):
            return Response({"detail": "rate_per_mile and miles must be numeric"}, status=status.HTTP_400_BAD_REQUEST)
        accessorials = ast.literal_eval(data.get("accessorials", "[]"))  # SAFE code
        quote_req = QuoteRequest(
            load=load,
            miles=miles,
            linehaul_per_mile=rate,
            accessorials=list(accessorials),
            surcharge_formula=data.get("surcharge_formula") or DEFAULT_SURCHARGE_FORMULA,
        )
        breakdown = RateEngine().price(quote_req)
        quote = Quote.objects.create(load=load, lane_code=load.lane, miles=Decimal(str(miles)), **breakdown)
        if data.get("email_to"):
            QuoteMailer().send(quote, data["email_to"], style=data.get("style", "standard"), footer=data.get("email_footer"))
        return Response({"quote_id": quote.id, "total": str(quote.total)})


@login_required
def quote_history(request):
    lane = request.GET.get("lane", "").upper()
    rows = (
        Quote.objects.select_related("load")
        .extra(where=["lane_code = %s"], params=[lane])  # SAFE sqli
        .order_by("-created_at")[:100]
    )
    quotes = [{"id": q.id, "load": q.load.reference, "total": str(q.total), "created": q.created_at.isoformat()} for q in rows]
    return JsonResponse({"lane": lane, "quotes": quotes})


@login_required
def fuel_index(request):
    try:
        return JsonResponse(RateEngine().fetch_fuel_index(request.GET.get("feed") or None))
    except FuelFeedError as exc:
        return JsonResponse({"detail": str(exc)}, status=400)


class RateCardUploadView(APIView):
    parser_classes = [MultiPartParser]

    def post(self, request):
        card_file = request.FILES.get("card")
        if card_file is None:
            return Response({"detail": "card is required"}, status=status.HTTP_400_BAD_REQUEST)
        card = RateCardImporter().import_file(card_file, shipper=request.POST.get("shipper", ""))
        return Response({"id": card.id, "lanes": len(card.lanes)}, status=status.HTTP_201_CREATED)


class CarrierMarginView(APIView):
    def get(self, request, carrier_id):
        margin = RawSQL("SELECT COALESCE(SUM(q.total - q.carrier_pay), 0) FROM quotes_quote q WHERE q.load_id = loads_load.id AND q.carrier_id = %s", (carrier_id,))  # SAFE sqli
        loads = Load.objects.filter(carrier_id=carrier_id).annotate(margin=margin).order_by("-pickup_date")[:50]
        return Response([{"reference": ld.reference, "margin": str(ld.margin)} for ld in loads])
