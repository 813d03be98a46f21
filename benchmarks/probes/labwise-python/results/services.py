import logging
import os

import yaml
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core.ldap_directory import StaffDirectory
from core.storage import extract_instrument_bundle
from orders.models import TestOrder, TestPanel

from . import parsers
from .cache import SignedResultCache
from .calculations import evaluate_formula, parse_reference_range
from .models import QcRuleSet, ReferenceDocument, Result

logger = logging.getLogger(__name__)


class ResultImportService:
    @transaction.atomic
    def import_reference_batch(self, payload: bytes) -> ReferenceDocument:
        tree = parsers.parse_reference_batch(payload)
        batch_id = tree.get("id") or timezone.now().strftime("B%Y%m%d%H%M%S")
        observations = list(parsers.iter_observations(tree))
        accessions = sorted({o.accession for o in observations})

        orders = {o.accession: o for o in TestOrder.objects.filter(accession__in=accessions).prefetch_related("panels")}
        created = 0
        for obs in observations:
            order = orders.get(obs.accession)
            if order is None:
                logger.warning("batch %s references unknown accession %s", batch_id, obs.accession)
                continue
            panel = order.panels.filter(send_out=True).first() or TestPanel.objects.get(code="SENDOUT")
            Result.objects.create(
                order=order,
                panel=panel,
                analyte_code=obs.code,
                analyte_name=obs.code,
                value=obs.value,
                unit=obs.unit,
                reference_range=obs.reference_range,
                flag=obs.flag if obs.flag in Result.Flag.values else Result.Flag.ABNORMAL,
                comment=obs.comment,
                instrument_id="REFLAB",
            )
            created += 1

        document = ReferenceDocument.objects.create(batch_id=batch_id, accessions=accessions, xml=parsers.serialize(tree))
        logger.info("reference batch %s: %d observations stored", batch_id, created)
        return document

    def import_instrument_bundle(self, upload, instrument_id: str) -> list[str]:
        dest = os.path.join(settings.INSTRUMENT_BUNDLE_ROOT, instrument_id, timezone.now().strftime("%Y%m%d%H%M%S"))
        return extract_instrument_bundle(upload, dest)


class ReferenceLookupService:
    def _latest_document(self, accession: str):
        return ReferenceDocument.objects.filter(accessions__contains=[accession]).latest()

    def observations(self, order: TestOrder, analyte_code: str | None = None) -> list[dict]:
        document = self._latest_document(order.accession)
        tree = parsers.parse_stored(document.xml)
        if analyte_code:
            nodes = parsers.observation_for_analyte(tree, order.accession, analyte_code)
        else:
            nodes = parsers.observations_for_accession(tree, order.accession)
        return [parsers.node_to_dict(n) for n in nodes]


class ResultVerificationService:
    def __init__(self, directory: StaffDirectory | None = None):
        self.directory = directory or StaffDirectory()

    @transaction.atomic
    def verify(self, result: Result, verifier_uid: str, comment: str | None = None) -> Result:
        member = self.directory.get_by_uid(verifier_uid)
        if member is None:
            raise ValueError(f"unknown verifier {verifier_uid}")
        if comment is not None:
            result.comment = comment
        if result.reference_range and result.flag == Result.Flag.NORMAL:
            try:
                result.flag = parse_reference_range(result.reference_range).flag(float(result.value))
            except ValueError:
                pass
        result.status = Result.Status.FINAL
        result.verifier_uid = member.uid
        result.verified_at = timezone.now()
        result.save()
        SignedResultCache().invalidate(f"cumulative:{result.order.patient_id}")

        order = result.order
        if not order.results.exclude(status=Result.Status.FINAL).exists():
            order.status = TestOrder.Status.RESULTED
            order.save(update_fields=["status", "updated_at"])
            from reports.tasks import send_result_ready_email

            transaction.on_commit(lambda: send_result_ready_email.delay(order.pk))
        return result


class FormulaService:
    def preview(self, formula: str, values: dict[str, float]) -> float:
        return evaluate_formula(formula, values)


class QcRuleService:
    REQUIRED_KEYS = {"westgard", "levels"}

    def load_rules(self, instrument_id: str, document: str) -> QcRuleSet:
        rules = yaml.load(document, Loader=yaml.SafeLoader)  # SAFE deser
        if not isinstance(rules, dict) or not self.REQUIRED_KEYS.issubset(rules):
            raise ValueError("QC rules need 'westgard' and 'levels' sections")
        ruleset, _ = QcRuleSet.objects.update_or_create(instrument_id=instrument_id, defaults={"rules": rules})
        return ruleset


def cumulative_report(patient_id: int, limit: int = 200) -> list[dict]:
    cache = SignedResultCache()
    key = f"cumulative:{patient_id}"
    cached = cache.get(key)
    if cached is not None:
        return cached
    rows = list(
        Result.objects.filter(order__patient_id=patient_id, status=Result.Status.FINAL)
        .order_by("-resulted_at")
        .values("analyte_code", "analyte_name", "value", "unit", "flag", "resulted_at")[:limit]
    )
    cache.set(key, rows)
    return rows
