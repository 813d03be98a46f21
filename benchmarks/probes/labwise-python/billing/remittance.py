"""Storage and light parsing of ERA/835 remittance files from payers."""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.conf import settings

logger = logging.getLogger(__name__)


@dataclass
class RemittanceSummary:
    claim_count: int
    total_paid: Decimal
    payer_id: str


def save_remittance(file_name: str, upload) -> str:
    os.makedirs(settings.REMITTANCE_ROOT, exist_ok=True)
    target = os.path.join(settings.REMITTANCE_ROOT, file_name)
    with open(target, "wb") as fh:  # VULN path
        for chunk in upload.chunks():
            fh.write(chunk)
    logger.info("stored remittance %s (%d bytes)", target, upload.size)
    return target


def summarize_835(content: str) -> RemittanceSummary:
    """Count CLP segments and sum their paid amounts; enough for the finance dashboard."""
    segment_terminator = "~"
    element_sep = content[3] if len(content) > 3 and content.startswith("ISA") else "*"
    claim_count = 0
    total = Decimal("0")
    payer_id = ""
    for segment in content.split(segment_terminator):
        elements = segment.strip().split(element_sep)
        if not elements or not elements[0]:
            continue
        tag = elements[0]
        if tag == "N1" and len(elements) > 4 and elements[1] == "PR":
            payer_id = elements[4]
        elif tag == "CLP" and len(elements) > 4:
            claim_count += 1
            try:
                total += Decimal(elements[4])
            except InvalidOperation:
                logger.warning("unparseable paid amount in CLP segment: %r", segment[:80])
    return RemittanceSummary(claim_count=claim_count, total_paid=total, payer_id=payer_id)
