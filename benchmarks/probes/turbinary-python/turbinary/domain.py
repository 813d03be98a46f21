"""Shared domain vocabulary."""
from enum import Enum


class ControllerModel(str, Enum):
    VMP5000 = "vmp5000"
    MK6E = "mk6e"
    WTC3 = "wtc3"


class WorkOrderStatus(str, Enum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    WAITING_PARTS = "waiting_parts"
    CLOSED = "closed"


class ExportFormat(str, Enum):
    CSV = "csv"
    PARQUET = "parquet"


# Public sort keys accepted by the turbine list, mapped to column names.
TURBINE_SORT_COLUMNS = {"serial": "serial", "site": "site", "rated": "rated_kw", "commissioned": "commissioned_on"}
