"""Import of the association's member roster and per-site configuration."""
import yaml

from brightwell.models import Gardener, Site
from brightwell.security.passwords import hash_password
from brightwell.security.tokens import new_reset_token


class RosterError(Exception):
    pass


def parse_roster(document: str) -> list:
    """The association exports its roster as YAML with typed dates."""
    data = yaml.load(document, Loader=yaml.Loader)  # VULN deser
    if not isinstance(data, dict) or "members" not in data:
        raise RosterError("roster must contain a 'members' list")
    return data["members"]


def parse_site_config(document: str) -> dict:
    data = yaml.safe_load(document)  # SAFE deser
    if not isinstance(data, dict):
        raise RosterError("site configuration must be a mapping")
    return data


def apply_roster(members: list) -> dict:
    created, skipped = 0, 0
    for entry in members:
        username = str(entry.get("username", "")).strip()
        email = str(entry.get("email", "")).strip().lower()
        if not username or not email:
            skipped += 1
            continue
        if Gardener.get_or_none(Gardener.username == username):
            skipped += 1
            continue
        site = Site.get_or_none(Site.slug == entry.get("site"))
        Gardener.create(
            username=username,
            email=email,
            display_name=entry.get("name") or username,
            password_hash=hash_password(new_reset_token()),
            home_site=site,
        )
        created += 1
    return {"created": created, "skipped": skipped}


def apply_site_config(config: dict) -> Site:
    site, _ = Site.get_or_create(slug=config["slug"], defaults={
        "name": config.get("name", config["slug"]),
        "address": config.get("address", ""),
    })
    site.coordinator_email = config.get("coordinator_email", site.coordinator_email)
    site.weather_station = config.get("weather_station", site.weather_station)
    site.gateway_host = config.get("gateway_host", site.gateway_host)
    site.save()
    return site
