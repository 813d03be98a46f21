"""Leak detection from continuous-flow patterns and customer leak reports."""
from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from aquameter.repositories.accounts import AccountRepository
from aquameter.repositories.alerts import AlertRepository
from aquameter.repositories.readings import recent_flow_for_serials
from aquameter.schemas.field import LeakAlertOut, LeakReport, WebhookSubscriptionIn

log = logging.getLogger(__name__)

CONTINUOUS_FLOW_LPH = Decimal("6.0")
MAJOR_FLOW_LPH = Decimal("60.0")
CRITICAL_FLOW_LPH = Decimal("300.0")


class AlertNotFound(LookupError):
    pass


def _severity(flow_lph: Decimal) -> str:
    if flow_lph >= CRITICAL_FLOW_LPH:
        return "critical"
    if flow_lph >= MAJOR_FLOW_LPH:
        return "major"
    return "minor"


def _minimum_hourly_flow(points: Sequence[Any]) -> Decimal | None:
    """Smallest average flow between consecutive reads; a meter that never stops is leaking."""
    flows: list[Decimal] = []
    for prev, cur in zip(points, points[1:]):
        hours = Decimal((cur["read_at"] - prev["read_at"]).total_seconds()) / Decimal(3600)
        if hours <= 0:
            continue
        litres = (Decimal(cur["register_m3"]) - Decimal(prev["register_m3"])) * 1000
        flows.append(litres / hours)
    return min(flows) if flows else None


class LeakService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.alerts = AlertRepository(session)
        self.accounts = AccountRepository(session)

    def evaluate(self, serials: Sequence[str]) -> list[int]:
        by_meter: dict[int, list[Any]] = defaultdict(list)
        for row in recent_flow_for_serials(self.session, serials):
            by_meter[row["meter_id"]].append(row)
        created: list[int] = []
        for meter_id, points in by_meter.items():
            flow = _minimum_hourly_flow(points)
            if flow is None or flow < CONTINUOUS_FLOW_LPH or self.alerts.open_alert_exists(meter_id):
                continue
            alert_id = self.alerts.create(
                account_id=points[0]["account_id"],
                meter_id=meter_id,
                severity=_severity(flow),
                title=f"Continuous flow on meter {points[0]['serial']}",
                description=f"Flow never dropped below {flow:.1f} L/h in the last 72 hours.",
                info_url=None,
                flow_lph=flow.quantize(Decimal("0.01")),
                reported_by="leak-detector",
            )
            created.append(alert_id)
        log.info("leak evaluation: %d meters, %d new alerts", len(by_meter), len(created))
        return created

    def report(self, report: LeakReport, reporter: str) -> int:
        account = self.accounts.get_by_number(report.account_number)
        return self.alerts.create(
            account_id=account["id"] if account else None,
            meter_id=None,
            severity="minor",
            title=report.title,
            description=report.description,
            info_url=report.info_url,
            flow_lph=None,
            reported_by=reporter,
        )

    def get(self, alert_id: int) -> LeakAlertOut:
        row = self.alerts.get(alert_id)
        if row is None:
            raise AlertNotFound(alert_id)
        return LeakAlertOut.model_validate(dict(row))

    def for_account(self, account_id: int) -> list[LeakAlertOut]:
        return [LeakAlertOut.model_validate(dict(r)) for r in self.alerts.for_account(account_id)]

    def resolve(self, alert_id: int) -> None:
        self.alerts.set_status(alert_id, "resolved")

    def subscribe(self, account_id: int, subscription: WebhookSubscriptionIn) -> int:
        return self.alerts.add_subscription(
            account_id,
            subscription.target_url.strip(),
            subscription.message_template,
            ",".join(subscription.events),
        )
