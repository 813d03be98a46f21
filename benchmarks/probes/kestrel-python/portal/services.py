"""Business services for the Kestrel portal: labels, rates, customs paperwork,
carrier integrations, staff directory and account security."""
import ast
import base64
import hashlib
import logging
import os
import pickle
import random
import secrets
import shutil
import string
import subprocess
import tarfile
import zipfile
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlparse

import requests
from defusedxml import ElementTree as DefusedET
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core import signing
from jinja2 import Environment, Template, select_autoescape
from ldap3 import SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars
from lxml import etree

logger = logging.getLogger("kestrel.services")


class ServiceError(Exception):
    """Raised for expected, user-facing failures."""


ZONE_MULTIPLIERS = {
    "domestic": Decimal("1.00"),
    "eu": Decimal("1.35"),
    "nordics": Decimal("1.50"),
    "intercontinental": Decimal("2.80"),
}

LABEL_TEMPLATES = {
    "standard": "<div class='label'><h1>{{ shipment.reference }}</h1><p>{{ shipment.destination }}</p></div>",
    "pallet": "<div class='label pallet'><h1>{{ shipment.reference }}</h1><p>{{ shipment.weight_kg }} kg</p></div>",
    "returns": "<div class='label returns'><h1>RTN {{ shipment.reference }}</h1><p>{{ shipment.origin }}</p></div>",
}

_label_env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))


class LabelService:
    def __init__(self, labels_root: str | None = None):
        self.root = Path(labels_root or settings.LABELS_ROOT).resolve()

    def render_builtin(self, kind: str, shipment) -> str:
        source = LABEL_TEMPLATES.get(kind)
        if source is None:
            raise ServiceError(f"unknown label kind: {kind}")
        return _label_env.from_string(source).render(shipment=shipment)  # SAFE ssti

    def render_custom(self, template_source: str, shipment) -> str:
        return Template(template_source).render(shipment=shipment)  # VULN ssti

    def resolve_label(self, file_name: str) -> Path:
        candidate = (self.root / file_name).resolve()
        if not candidate.is_relative_to(self.root):
            raise ServiceError("label path outside of label store")
        return candidate

    def rasterise(self, label_path: Path, dpi: str) -> Path:
        out = label_path.with_suffix(".png")
        subprocess.run(f"convert -density {dpi} {label_path} {out}", shell=True, check=True, timeout=30)  # VULN cmdi
        return out

    def send_to_printer(self, label_path: Path, printer: str) -> None:
        if printer not in settings.LABEL_PRINTERS:
            raise ServiceError(f"unknown printer {printer!r}")
        subprocess.run(["lp", "-d", printer, str(label_path)], check=True, timeout=30)  # SAFE cmdi
        logger.info("sent %s to %s", label_path.name, printer)


class RateService:
    BASE_RATE_PER_KG = Decimal("1.85")

    def quote(self, weight_kg: Decimal, zone: str, surcharge_expr: str | None = None) -> Decimal:
        base = weight_kg * self.BASE_RATE_PER_KG * ZONE_MULTIPLIERS.get(zone, Decimal("1.00"))
        if surcharge_expr:
            surcharge = eval(surcharge_expr, {"__builtins__": {}}, {"weight": float(weight_kg), "base": float(base)})  # VULN code
            base += Decimal(str(surcharge))
        return base.quantize(Decimal("0.01"))

    def parse_dimensions(self, raw: str) -> tuple[float, float, float]:
        dims = ast.literal_eval(raw)  # SAFE code
        if not (isinstance(dims, (tuple, list)) and len(dims) == 3):
            raise ServiceError("dimensions must be length, width, height")
        return tuple(float(d) for d in dims)

    def volumetric_weight(self, dims: tuple[float, float, float]) -> Decimal:
        length, width, height = dims
        return Decimal(str(round(length * width * height / 5000, 2)))


class CustomsService:
    def __init__(self):
        self.root = Path(settings.CUSTOMS_DOCS_ROOT)

    def parse_declaration(self, raw_xml: bytes):
        doc = etree.fromstring(raw_xml, etree.XMLParser(resolve_entities=True, load_dtd=True))  # VULN xxe
        logger.debug("parsed declaration with %d line items", len(doc.findall(".//LineItem")))
        return doc

    def parse_manifest_xml(self, raw_xml: bytes):
        return etree.fromstring(raw_xml, etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True))  # SAFE xxe

    def parse_commercial_invoice(self, raw_xml: bytes) -> dict:
        root = DefusedET.fromstring(raw_xml)  # SAFE xxe
        return {
            "invoice_no": root.findtext("InvoiceNumber", default=""),
            "currency": root.findtext("Currency", default="EUR"),
            "total": Decimal(root.findtext("Total", default="0")),
        }

    def find_line_item(self, doc, sku: str) -> list:
        return doc.xpath(f"//LineItem[@sku='{sku}']")  # VULN xpath

    def find_by_hs_code(self, doc, hs_code: str) -> list:
        return doc.xpath("//LineItem[HSCode=$code]", code=hs_code)  # SAFE xpath

    def store_document(self, shipment_ref: str, doc_name: str, content: bytes) -> Path:
        dest_dir = self.root / shipment_ref
        dest_dir.mkdir(parents=True, exist_ok=True)
        target = dest_dir / doc_name
        with open(target, "wb") as fh:  # VULN path
            fh.write(content)
        return target


class BundleService:
    def __init__(self):
        self.work_root = Path(settings.BUNDLE_WORK_ROOT)

    def _job_dir(self, job_id: str) -> Path:
        path = self.work_root / job_id
        path.mkdir(parents=True, exist_ok=True)
        return path

    def unpack_carrier_bundle(self, fileobj, job_id: str) -> list[str]:
        dest = self._job_dir(job_id)
        with tarfile.open(fileobj=fileobj, mode="r:*") as tar:
            names = tar.getnames()
            tar.extractall(dest)  # VULN zipslip
        return names

    def unpack_edi_archive(self, fileobj, job_id: str) -> list[str]:
        dest = self._job_dir(job_id)
        with tarfile.open(fileobj=fileobj, mode="r:gz") as tar:
            tar.extractall(dest, filter="data")  # SAFE zipslip
            return tar.getnames()

    def unpack_pod_photos(self, fileobj, job_id: str) -> list[str]:
        dest = str(self._job_dir(job_id))
        written = []
        with zipfile.ZipFile(fileobj) as zf:
            for member in zf.infolist():
                if member.is_dir():
                    continue
                out_path = os.path.join(dest, member.filename)
                os.makedirs(os.path.dirname(out_path), exist_ok=True)
                with open(out_path, "wb") as fh:  # VULN zipslip
                    fh.write(zf.read(member))
                written.append(out_path)
        return written

    def unpack_customs_zip(self, fileobj, job_id: str) -> list[str]:
        dest = self._job_dir(job_id).resolve()
        written = []
        with zipfile.ZipFile(fileobj) as zf:
            for member in zf.infolist():
                target = (dest / member.filename).resolve()
                if member.is_dir() or not target.is_relative_to(dest):
                    logger.warning("skipping archive member %r", member.filename)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(member) as src, open(target, "wb") as out:  # SAFE zipslip
                    shutil.copyfileobj(src, out)
                written.append(str(target))
        return written


class CarrierClient:
    def __init__(self):
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "KestrelPortal/2.4"
        self.timeout = settings.CARRIER_TIMEOUT_SECONDS

    def fetch_tracking(self, tracking_url: str) -> dict:
        parsed = urlparse(tracking_url)
        if parsed.scheme != "https" or parsed.hostname not in settings.CARRIER_API_HOSTS:
            raise ServiceError("tracking link is not from a known carrier")
        resp = self.session.get(tracking_url, timeout=self.timeout)  # SAFE ssrf
        resp.raise_for_status()
        return resp.json()

    def push_manifest(self, carrier, payload: dict) -> str:
        resp = self.session.post(f"{carrier.tracking_api_url}/manifests", json=payload, timeout=self.timeout, verify=False)  # VULN tls
        resp.raise_for_status()
        return resp.json().get("manifest_id", "")

    def cancel_pickup(self, carrier, reference: str) -> None:
        resp = self.session.delete(f"{carrier.tracking_api_url}/pickups", params={"ref": reference}, timeout=self.timeout, verify=settings.CARRIER_CA_BUNDLE)  # SAFE tls
        resp.raise_for_status()


class WebhookService:
    def send_test_event(self, url: str, account) -> int:
        event = {"type": "webhook.test", "account": account.account_code, "shipments": []}
        resp = requests.post(url, json=event, timeout=5)  # VULN ssrf
        logger.info("webhook test for %s returned %s", account.account_code, resp.status_code)
        return resp.status_code


class StaffDirectory:
    ATTRIBUTES = ["cn", "mail", "telephoneNumber", "departmentNumber"]

    def _connect(self) -> Connection:
        server = Server(settings.LDAP_SERVER_URI, use_ssl=True)
        return Connection(server, user=settings.LDAP_BIND_DN, password=settings.LDAP_BIND_PASSWORD, auto_bind=True)

    def search_by_name(self, name: str) -> list[dict]:
        conn = self._connect()
        conn.search(settings.LDAP_BASE_DN, f"(&(objectClass=person)(cn=*{name}*))", SUBTREE, attributes=self.ATTRIBUTES)  # VULN ldap
        return [entry.entry_attributes_as_dict for entry in conn.entries]

    def find_by_badge(self, badge_id: str) -> dict | None:
        conn = self._connect()
        conn.search(settings.LDAP_BASE_DN, f"(&(objectClass=person)(employeeNumber={escape_filter_chars(badge_id)}))", SUBTREE, attributes=self.ATTRIBUTES)  # SAFE ldap
        return conn.entries[0].entry_attributes_as_dict if conn.entries else None


class AccountSecurityService:
    def rotate_api_key(self, account) -> str:
        key = secrets.token_urlsafe(32)  # SAFE random
        account.api_key_hash = make_password(key)  # SAFE hash
        account.save(update_fields=["api_key_hash"])
        return key

    def generate_pickup_pin(self) -> str:
        return "".join(random.choices(string.digits, k=6))  # VULN random

    def handheld_password_digest(self, password: str) -> str:
        return hashlib.sha1(password.encode("utf-8")).hexdigest()  # VULN hash

    def load_saved_filters(self, cookie_value: str) -> dict:
        return pickle.loads(base64.urlsafe_b64decode(cookie_value))  # VULN deser

    def dump_saved_filters(self, filters: dict) -> str:
        return base64.urlsafe_b64encode(pickle.dumps(filters)).decode("ascii")

    def load_dashboard_prefs(self, cookie_value: str) -> dict:
        try:
            return signing.loads(cookie_value, salt="kestrel.dashboard", max_age=60 * 60 * 24 * 30)  # SAFE deser
        except signing.BadSignature:
            return {}
