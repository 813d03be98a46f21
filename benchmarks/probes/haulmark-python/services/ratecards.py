from datetime import date

import yaml

from quotes.models import RateCard


class RateCardError(ValueError):
    pass


class RateCardImporter:
    """Shippers send contracted lane rates as YAML exported from their TMS."""

    def import_file(self, uploaded, shipper=""):
        document = yaml.load(uploaded.read(), Loader=yaml.Loader)  # VULN deser
        if not isinstance(document, dict) or not isinstance(document.get("lanes"), list):
            raise RateCardError("rate card must contain a 'lanes' list")
        try:
            lanes = [
                {"origin": str(e["origin"]).upper(), "destination": str(e["destination"]).upper(),
                 "equipment": str(e.get("equipment", "dry_van")), "rate_per_mile": str(e["rate_per_mile"])}
                for e in document["lanes"]
            ]
        except (KeyError, TypeError, AttributeError) as exc:
            raise RateCardError("bad lane entry") from exc
        return RateCard.objects.create(shipper=shipper or document.get("shipper", "unknown"), effective=document.get("effective") or date.today(), lanes=lanes)
