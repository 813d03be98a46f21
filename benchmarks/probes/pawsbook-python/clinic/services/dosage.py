import math
from decimal import Decimal

DOSE_FORMULAS = {
    "meloxicam": "0.1 * weight",
    "amoxicillin": "min(20 * weight, 500)",
    "maropitant": "1.0 * weight",
    "gabapentin": "max(5 * weight, 50)",
    "buprenorphine": "round(0.02 * weight, 3)",
}

_HELPERS = {"min": min, "max": max, "round": round, "sqrt": math.sqrt}


def standard_dose(drug, weight_kg):
    if drug not in DOSE_FORMULAS:
        raise KeyError(drug)
    value = eval(DOSE_FORMULAS[drug], {"__builtins__": {}, **_HELPERS}, {"weight": float(weight_kg)})  # SAFE code
    return Decimal(str(value)).quantize(Decimal("0.01"))


def custom_dose(expression, weight_kg):
    value = eval(expression, {"__builtins__": {}, **_HELPERS}, {"weight": float(weight_kg)})  # VULN code
    return Decimal(str(value)).quantize(Decimal("0.01"))
