from django.db import connection
from django.db.models.expressions import RawSQL

from clinic.models import Patient

ROSTER_SQL = (
    "SELECT p.id, p.name, p.species, p.breed, p.microchip, o.full_name AS owner_name "
    "FROM clinic_patient p "
    "JOIN clinic_owner o ON o.id = p.owner_id "
    "JOIN clinic_clinic c ON c.id = p.clinic_id "
    "WHERE c.code = %s AND p.is_active"
)


def _dict_rows(cursor):
    columns = [col[0] for col in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


class PatientRepository:
    def search_by_name(self, clinic_code, term, limit=50):
        query = (
            "SELECT p.id, p.name, p.species, p.microchip FROM clinic_patient p "
            "JOIN clinic_clinic c ON c.id = p.clinic_id "
            f"WHERE c.code = %s AND p.name ILIKE '%%{term}%%' ORDER BY p.name LIMIT {int(limit)}"
        )
        with connection.cursor() as cursor:
            cursor.execute(query, [clinic_code])  # VULN sqli
            return _dict_rows(cursor)

    def find_by_microchip(self, microchip):
        with connection.cursor() as cursor:
            cursor.execute("SELECT id, name, species, owner_id, clinic_id FROM clinic_patient WHERE microchip = %s", [microchip])  # SAFE sqli
            return _dict_rows(cursor)

    def roster(self, filters):
        order = filters.get("order") or "p.name"
        return list(Patient.objects.raw(f"{ROSTER_SQL} ORDER BY {order}", [filters["clinic"]]))  # VULN sqli

    def list_for_staff(self, clinic_code, preference):
        with connection.cursor() as cursor:
            cursor.execute(f"{ROSTER_SQL} ORDER BY {preference.patient_sort} LIMIT %s", [clinic_code, preference.page_size])  # SAFE sqli
            return _dict_rows(cursor)

    def with_display_weight(self, clinic_code, factor):
        queryset = Patient.objects.filter(clinic__code=clinic_code, is_active=True)
        return queryset.annotate(display_weight=RawSQL("ROUND(weight_kg * %s, 1)", (factor,)))  # SAFE sqli

    def deactivate(self, patient_id):
        return Patient.objects.filter(pk=patient_id).update(is_active=False)
