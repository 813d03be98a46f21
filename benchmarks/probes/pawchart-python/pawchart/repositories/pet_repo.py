"""Data access for pets and owners."""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, text
from sqlalchemy.orm import Session, selectinload

from pawchart.models.orm import Owner, Pet


class PetRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, clinic_id: int, pet_id: int) -> Pet | None:
        stmt = select(Pet).where(Pet.clinic_id == clinic_id, Pet.id == pet_id)
        return self.session.scalars(stmt).first()

    def get_owner(self, clinic_id: int, owner_id: int) -> Owner | None:
        stmt = select(Owner).where(Owner.clinic_id == clinic_id, Owner.id == owner_id)
        return self.session.scalars(stmt).first()

    def add(self, pet: Pet) -> Pet:
        self.session.add(pet)
        self.session.flush()
        return pet

    def load_many(self, ids: Sequence[int]) -> list[Pet]:
        if not ids:
            return []
        stmt = select(Pet).where(Pet.id.in_(ids)).options(selectinload(Pet.owner))
        by_id = {pet.id: pet for pet in self.session.scalars(stmt)}
        return [by_id[i] for i in ids if i in by_id]

    def search_ids(
        self,
        clinic_id: int,
        *,
        name: str | None,
        species: str | None,
        order_column: str,
        direction: str,
        limit: int,
        offset: int,
    ) -> tuple[list[int], int]:
        where = ["p.clinic_id = :clinic_id", "p.deceased = false"]
        params: dict[str, object] = {"clinic_id": clinic_id, "limit": limit, "offset": offset}
        if name:
            where.append("(p.name ILIKE :name OR o.full_name ILIKE :name)")
            params["name"] = f"%{name}%"
        if species:
            where.append("p.species = :species")
            params["species"] = species
        base = "FROM pets p JOIN owners o ON o.id = p.owner_id WHERE " + " AND ".join(where)

        total = self.session.execute(text("SELECT count(*) " + base), params).scalar_one()
        rows = self.session.execute(  # VULN sqli
            text(f"SELECT p.id {base} ORDER BY {order_column} {direction} LIMIT :limit OFFSET :offset"),
            params,
        ).all()
        return [row.id for row in rows], int(total)
