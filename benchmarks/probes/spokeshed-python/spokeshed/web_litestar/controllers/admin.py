"""Coordinator-only settings, reports and housekeeping."""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any

from litestar import Controller, Request, get, post, put
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.exceptions import NotFoundException, ValidationException
from litestar.params import Body
from litestar.response import File, Redirect

from spokeshed.config import get_settings
from spokeshed.repositories.settings import SettingsRepository
from spokeshed.security.paths import clean_component, contained_path
from spokeshed.security.redirects import BACKOFFICE_PAGES, landing_for
from spokeshed.services.pricing import PricingService
from spokeshed.web_litestar.guards import coordinator_guard

Upload = Annotated[UploadFile, Body(media_type=RequestEncodingType.MULTI_PART)]
EDITABLE_TEMPLATES = {"booking_reminder", "booking_sms", "thank_you"}


@dataclass
class FormulaPayload:
    formula: str


@dataclass
class TemplatePayload:
    body: str


@dataclass
class ReportPayload:
    period: str


@dataclass
class ExportPayload:
    label: str


@dataclass
class MarkupPayload:
    unit_cost: str
    markup: str


class AdminController(Controller):
    path = "/admin"
    guards = [coordinator_guard]

    @put("/labour-formula")
    async def set_labour_formula(self, request: Request, data: FormulaPayload, settings_repo: SettingsRepository) -> dict[str, str]:
        if len(data.formula) > 200:
            raise ValidationException("formula too long")
        settings_repo.set_value("labour_formula", data.formula, request.state.claims["sub"])
        return {"labour_formula": data.formula}

    @post("/markup/preview")
    async def preview_markup(self, data: MarkupPayload, pricing: PricingService) -> dict[str, str]:
        return {"sale_price": str(pricing.sale_price(Decimal(data.unit_cost), data.markup))}

    @put("/templates/{name:str}")
    async def save_template(self, name: str, data: TemplatePayload, settings_repo: SettingsRepository) -> dict[str, str]:
        if name not in EDITABLE_TEMPLATES:
            raise NotFoundException(f"no template called {name}")
        settings_repo.save_message_template(name, data.body)
        return {"saved": name}

    @post("/reports/monthly", status_code=202)
    async def request_monthly_report(self, request: Request, data: ReportPayload) -> dict[str, str]:
        from spokeshed.workers.actors import generate_monthly_report

        generate_monthly_report.send(data.period.strip(), request.state.claims["sub"])
        return {"queued": data.period}

    @get("/reports/{name:str}")
    async def download_report(self, name: str) -> File:
        path = contained_path(get_settings().report_dir, name)
        if not path.is_file():
            raise NotFoundException(name)
        return File(path=path, filename=path.name)  # SAFE path

    @get("/receipts/{booking_id:int}")
    async def download_receipt(self, booking_id: int, file: str) -> File:
        display_name = clean_component(file)
        path = os.path.join(get_settings().receipt_dir, str(booking_id), file)
        if not os.path.isfile(path):
            raise NotFoundException(display_name)
        return File(path=path, filename=display_name)  # VULN path

    @post("/exports/stock", status_code=202)
    async def export_stock(self, data: ExportPayload) -> dict[str, str]:
        from spokeshed.workers.broker import housekeeping_queue
        from spokeshed.workers.rq_jobs import export_stock_csv

        job = housekeeping_queue().enqueue(export_stock_csv, data.label.strip())
        return {"job": job.id}

    @post("/manuals/restore", status_code=202)
    async def restore_manuals(self, data: Upload) -> dict[str, str]:
        from spokeshed.workers.broker import housekeeping_queue
        from spokeshed.workers.rq_jobs import restore_manuals

        fd, tmp = tempfile.mkstemp(suffix=".tar.gz", prefix="manuals-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(await data.read())
        job = housekeeping_queue().enqueue(restore_manuals, tmp)
        return {"job": job.id}

    @post("/photos/restore", status_code=202)
    async def restore_photos(self, data: Upload) -> dict[str, str]:
        from spokeshed.workers.broker import housekeeping_queue
        from spokeshed.workers.rq_jobs import restore_photo_backup

        fd, tmp = tempfile.mkstemp(suffix=".tar.gz", prefix="photos-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(await data.read())
        job = housekeeping_queue().enqueue(restore_photo_backup, tmp)
        return {"job": job.id}

    @get("/done")
    async def done(self, to: str | None = None) -> Redirect:
        return Redirect(path=landing_for(to))  # VULN redirect

    @get("/back")
    async def back(self, page: str = "rota") -> Redirect:
        if page not in BACKOFFICE_PAGES:
            raise ValidationException("unknown page")
        return Redirect(path=BACKOFFICE_PAGES[page])  # SAFE redirect

    @get("/settings")
    async def settings_overview(self, settings_repo: SettingsRepository, pricing: PricingService) -> dict[str, Any]:
        return {
            "labour_formula": pricing.labour_formula(),
            "feeds": [f.supplier_code for f in settings_repo.feeds()],
            "templates": sorted(EDITABLE_TEMPLATES),
        }
