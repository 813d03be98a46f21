"""Field-crew work orders: dispatch, notes, attachments and gateway diagnostics."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy.orm import Session

from aquameter.config import Settings
from aquameter.repositories.readings import meter_by_serial
from aquameter.repositories.work_orders import WorkOrderRepository
from aquameter.schemas.field import WorkOrderIn, WorkOrderOut
from aquameter.security.directory import CrewDirectory
from aquameter.security.guards import GuardViolation, resolve_inside
from aquameter.utils.shell import CommandResult, ping_host

GATEWAY_HOST = re.compile(r"[a-z0-9][a-z0-9.-]*\.aquameter\.local")
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024


class WorkOrderNotFound(LookupError):
    pass


class WorkOrderService:
    def __init__(self, session: Session, settings: Settings) -> None:
        self.session = session
        self.settings = settings
        self.orders = WorkOrderRepository(session)

    def create(self, order: WorkOrderIn) -> int:
        meter = meter_by_serial(self.session, order.meter_serial)
        if meter is None:
            raise WorkOrderNotFound(order.meter_serial)
        return self.orders.create(
            meter_id=meter["id"],
            account_id=meter["account_id"],
            kind=order.kind,
            priority=order.priority,
            summary=order.summary,
            crew_code=order.crew_code,
        )

    def get(self, work_order_id: int) -> dict[str, Any]:
        row = self.orders.get(work_order_id)
        if row is None:
            raise WorkOrderNotFound(work_order_id)
        return dict(row)

    def open_for_crew(self, crew_code: str, limit: int) -> list[WorkOrderOut]:
        return [WorkOrderOut.model_validate(dict(r)) for r in self.orders.open_for_crew(crew_code, limit)]

    def update_notes(self, work_order_id: int, notes: str) -> None:
        self.get(work_order_id)
        self.orders.set_notes(work_order_id, notes)

    def assign(self, work_order_id: int, employee_id: str, directory: CrewDirectory) -> dict[str, Any]:
        member = directory.lookup_member(employee_id)
        if member is None:
            raise WorkOrderNotFound(f"crew member {employee_id}")
        self.orders.assign(work_order_id, member.employee_id, member.crew_code)
        return {"employee_id": member.employee_id, "crew_code": member.crew_code, "name": member.name}

    def store_attachment(self, work_order_id: int, file_name: str, content_type: str | None, stream: BinaryIO, uploaded_by: str) -> int:
        self.get(work_order_id)
        folder = self.settings.attachment_dir / str(work_order_id)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / file_name
        size = 0
        with open(target, "wb") as out:  # VULN path
            while chunk := stream.read(1024 * 1024):
                size += len(chunk)
                if size > MAX_ATTACHMENT_BYTES:
                    raise GuardViolation("attachment too large")
                out.write(chunk)
        return self.orders.add_attachment(
            work_order_id,
            original_name=file_name,
            stored_name=file_name,
            content_type=content_type,
            size_bytes=size,
            uploaded_by=uploaded_by,
        )

    def attachment_path(self, work_order_id: int, attachment_id: int) -> tuple[Path, str, str | None]:
        row = self.orders.get_attachment(work_order_id, attachment_id)
        if row is None:
            raise WorkOrderNotFound(f"attachment {attachment_id}")
        path = resolve_inside(self.settings.attachment_dir, str(work_order_id), row["stored_name"])
        return path, row["original_name"], row["content_type"]

    def gateway_diagnostic(self, host: str, count: int) -> CommandResult:
        if not GATEWAY_HOST.match(host):
            raise GuardViolation("not a meter gateway host")
        return ping_host(host, count)
