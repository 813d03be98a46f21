"""Input helpers for the ops feed."""
import re

_STATION = re.compile(r"[A-Z]{3,4}")


class InvalidInput(ValueError):
    pass


def station_code(value: str | None) -> str:
    value = (value or "").strip().upper()
    if not _STATION.fullmatch(value):
        raise InvalidInput("station must be a 3 or 4 letter IATA/ICAO code")
    return value
