import json
import ssl
import urllib.request
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from urllib.parse import urlparse

from django.conf import settings
from django.core.cache import cache

BASE_DIESEL = 1.25
DEFAULT_SURCHARGE_FORMULA = "max(0, (diesel - base) / 6.0) * miles"
ACCESSORIAL_RATES = {"detention": Decimal("75.00"), "lumper": Decimal("150.00"), "tarp": Decimal("100.00"), "stop_off": Decimal("65.00")}
CENTS = Decimal("0.01")


class FuelFeedError(Exception):
    pass


@dataclass
class QuoteRequest:
    load: object
    miles: float
    linehaul_per_mile: Decimal
    accessorials: list = field(default_factory=list)
    surcharge_formula: str = DEFAULT_SURCHARGE_FORMULA


class RateEngine:
    def fetch_fuel_index(self, feed_url=None):
        feed_url = feed_url or settings.FUEL_FEED_URL
        if urlparse(feed_url).hostname not in settings.FUEL_FEED_HOSTS:
            raise FuelFeedError("fuel feed host is not allowed")
        ctx = ssl.create_default_context(cafile=settings.FUEL_FEED_CA_BUNDLE)  # SAFE tls
        with urllib.request.urlopen(feed_url, context=ctx, timeout=10) as resp:  # SAFE ssrf
            doc = json.load(resp)
        return {"week": doc.get("week"), "diesel": float(doc["diesel_usd_per_gal"])}

    def current_diesel(self):
        diesel = cache.get("fuel:diesel")
        if diesel is None:
            diesel = self.fetch_fuel_index()["diesel"]
            cache.set("fuel:diesel", diesel, 6 * 3600)
        return diesel

    def fuel_surcharge(self, req, diesel):
        variables = {"miles": req.miles, "diesel": diesel, "base": BASE_DIESEL, "weight": req.load.weight_lbs, "max": max, "min": min}
        value = eval(req.surcharge_formula, {"__builtins__": {}}, variables)  # VULN code
        return Decimal(str(value)).quantize(CENTS, rounding=ROUND_HALF_UP)

    def price(self, req):
        linehaul = (req.linehaul_per_mile * Decimal(str(req.miles))).quantize(CENTS, rounding=ROUND_HALF_UP)
        fsc = self.fuel_surcharge(req, self.current_diesel())
        lines = [{"code": c, "amount": str(ACCESSORIAL_RATES[c])} for c in req.accessorials if c in ACCESSORIAL_RATES]
        extras = sum((Decimal(line["amount"]) for line in lines), Decimal("0"))
        return {"linehaul": linehaul, "fuel_surcharge": fsc, "accessorials": lines, "total": linehaul + fsc + extras}
