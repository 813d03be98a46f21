"""Prescriptions: issuing, dose calculation and label printing."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from pawchart.deps import CurrentUser
from pawchart.jobs import actors
from pawchart.models.orm import Pet, Prescription
from pawchart.models.schemas import DosePreviewRequest, PrescriptionCreate
from pawchart.util import dosing


class PrescriptionNotFound(LookupError):
    pass


class PrescriptionService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, clinic_id: int, rx_id: int) -> Prescription:
        stmt = select(Prescription).where(Prescription.clinic_id == clinic_id, Prescription.id == rx_id)
        rx = self.session.scalars(stmt).first()
        if rx is None:
            raise PrescriptionNotFound(rx_id)
        return rx

    def _pet(self, clinic_id: int, pet_id: int) -> Pet:
        pet = self.session.scalars(select(Pet).where(Pet.clinic_id == clinic_id, Pet.id == pet_id)).first()
        if pet is None:
            raise PrescriptionNotFound(f"pet {pet_id}")
        return pet

    def create(self, user: CurrentUser, body: PrescriptionCreate) -> Prescription:
        pet = self._pet(user.clinic_id, body.pet_id)
        dose = body.dose_mg
        if dose is None:
            if not body.dose_formula:
                raise ValueError("either dose_mg or dose_formula is required")
            if pet.weight_kg is None:
                raise ValueError("pet has no recorded weight")
            weight = float(pet.weight_kg)
            variables = {"weight": weight, "age": 0.0, "bsa": dosing.body_surface_area(weight, pet.species)}
            dose = Decimal(str(dosing.evaluate(body.dose_formula, variables)))
        rx = Prescription(
            clinic_id=user.clinic_id,
            pet_id=pet.id,
            vet_id=user.staff_id,
            drug_name=body.drug_name,
            strength=body.strength,
            dose_mg=dose,
            frequency=body.frequency,
            quantity=body.quantity,
            instructions=body.instructions,
        )
        self.session.add(rx)
        self.session.flush()
        return rx

    def preview_dose(self, body: DosePreviewRequest) -> float:
        variables = {
            "weight": body.weight_kg,
            "age": body.age_years,
            "bsa": dosing.body_surface_area(body.weight_kg, body.species),
        }
        return dosing.quick_eval(body.formula, variables)

    def queue_label(self, rx: Prescription, printer: str, copies: int) -> None:
        actors.print_rx_label.send(rx.id, printer, copies)
