"""Pet records: search, registration and lookups."""
from __future__ import annotations

from sqlalchemy.orm import Session

from pawchart.models.orm import Pet
from pawchart.models.schemas import PetCreate, PetOut, PetSearchResult
from pawchart.repositories.pet_repo import PetRepository
from pawchart.util.validators import normalise_microchip

SORT_COLUMNS = {
    "name": "p.name",
    "species": "p.species",
    "dob": "p.date_of_birth",
    "owner": "o.full_name",
    "created": "p.created_at",
}
SORT_DIRECTIONS = {"asc", "desc"}


class PetNotFound(LookupError):
    pass


class PetService:
    def __init__(self, session: Session) -> None:
        self.repo = PetRepository(session)

    def search(
        self,
        clinic_id: int,
        *,
        name: str | None,
        species: str | None,
        sort: str,
        direction: str,
        page: int,
        page_size: int,
    ) -> PetSearchResult:
        direction = direction.lower()
        if direction not in SORT_DIRECTIONS:
            raise ValueError("direction must be asc or desc")
        order_column = SORT_COLUMNS.get(sort, sort)
        ids, total = self.repo.search_ids(
            clinic_id,
            name=name.strip() if name else None,
            species=species,
            order_column=order_column,
            direction=direction,
            limit=page_size,
            offset=(page - 1) * page_size,
        )
        pets = self.repo.load_many(ids)
        return PetSearchResult(
            items=[PetOut.model_validate(p) for p in pets],
            total=total,
            page=page,
            page_size=page_size,
        )

    def get(self, clinic_id: int, pet_id: int) -> Pet:
        pet = self.repo.get(clinic_id, pet_id)
        if pet is None:
            raise PetNotFound(pet_id)
        return pet

    def register(self, clinic_id: int, body: PetCreate) -> Pet:
        if self.repo.get_owner(clinic_id, body.owner_id) is None:
            raise PetNotFound(f"owner {body.owner_id}")
        pet = Pet(
            clinic_id=clinic_id,
            owner_id=body.owner_id,
            name=body.name.strip(),
            species=body.species,
            breed=body.breed,
            sex=body.sex,
            date_of_birth=body.date_of_birth,
            weight_kg=body.weight_kg,
            microchip=normalise_microchip(body.microchip) if body.microchip else None,
        )
        return self.repo.add(pet)
