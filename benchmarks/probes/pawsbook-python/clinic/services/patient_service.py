from decimal import Decimal

from clinic.models import StaffPreference
from clinic.repositories.patient_repository import PatientRepository

WEIGHT_UNITS = {"kg": Decimal("1"), "lb": Decimal("2.20462")}


class PatientService:
    def __init__(self, repository=None):
        self.repository = repository or PatientRepository()

    def search_patients(self, clinic_code, term):
        term = term.strip()
        if len(term) < 2:
            return []
        return self.repository.search_by_name(clinic_code, term)

    def lookup_microchip(self, microchip):
        digits = microchip.replace(" ", "")
        return self.repository.find_by_microchip(digits)

    def clinic_roster(self, filters):
        return [
            {"id": p.id, "name": p.name, "species": p.species, "owner": p.owner_name}
            for p in self.repository.roster(filters)
        ]

    def roster_for_user(self, clinic_code, user):
        preference, _ = StaffPreference.objects.get_or_create(user=user)
        return self.repository.list_for_staff(clinic_code, preference)

    def weights(self, clinic_code, unit):
        factor = WEIGHT_UNITS.get(unit, WEIGHT_UNITS["kg"])
        rows = self.repository.with_display_weight(clinic_code, factor)
        return [{"id": p.id, "name": p.name, "weight": p.display_weight, "unit": unit} for p in rows]
