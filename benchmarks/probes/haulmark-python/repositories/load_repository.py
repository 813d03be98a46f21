from common.validators import sort_column
from loads.models import Load

LOAD_COLUMNS = (
    "id, reference, shipper, origin_city, origin_state, dest_city, dest_state, pickup_date, "
    "equipment_type, weight_lbs, status, carrier_id, special_instructions, pickup_pin, "
    "manifest_path, created_at"
)
BASE_SELECT = f"SELECT {LOAD_COLUMNS} FROM loads_load"


class LoadRepository:
    def search(self, filters):
        clauses = ["status IN ('posted', 'tendered')"]
        if filters.get("origin_state"):
            clauses.append("origin_state = '%s'" % filters["origin_state"].upper())
        if filters.get("dest_state"):
            clauses.append("dest_state = '%s'" % filters["dest_state"].upper())
        if filters.get("min_weight"):
            clauses.append("weight_lbs >= %d" % int(filters["min_weight"]))
        sql = BASE_SELECT + " WHERE " + " AND ".join(clauses) + " ORDER BY pickup_date"
        return list(Load.objects.raw(sql))  # VULN sqli

    def board(self, status, sort):
        order_by = sort_column(sort)
        return list(Load.objects.raw(f"{BASE_SELECT} WHERE status = %s ORDER BY {order_by} DESC LIMIT 200", [status]))  # SAFE sqli

    def for_carrier(self, carrier_id):
        return list(Load.objects.filter(carrier_id=carrier_id).order_by("-pickup_date")[:100])
