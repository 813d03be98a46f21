"""Calculated analytes (eGFR, LDL Friedewald, anion gap...) and reference ranges."""
import ast
import math
import re
from dataclasses import dataclass

FORMULA_FUNCTIONS = {
    "log": math.log,
    "exp": math.exp,
    "sqrt": math.sqrt,
    "pow": math.pow,
    "min": min,
    "max": max,
    "abs": abs,
    "round": round,
}

_RANGE_DASH = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*-\s*(-?\d+(?:\.\d+)?)\s*$")
_RANGE_CMP = re.compile(r"^\s*([<>]=?)\s*(-?\d+(?:\.\d+)?)\s*$")


class FormulaError(ValueError):
    pass


@dataclass(frozen=True)
class ReferenceRange:
    low: float | None
    high: float | None

    def flag(self, value: float) -> str:
        if self.low is not None and value < self.low:
            return "L"
        if self.high is not None and value > self.high:
            return "H"
        return "N"


def evaluate_formula(formula: str, values: dict[str, float]) -> float:
    namespace = dict(FORMULA_FUNCTIONS)
    namespace.update({code.upper(): float(v) for code, v in values.items()})
    try:
        result = eval(formula, {"__builtins__": {}}, namespace)  # VULN code
    except ZeroDivisionError as exc:
        raise FormulaError("division by zero") from exc
    except (NameError, SyntaxError, TypeError) as exc:
        raise FormulaError(str(exc)) from exc
    return round(float(result), 4)


def parse_reference_range(text: str) -> ReferenceRange:
    """Accepts '70-99', '<200', '>=60' and the legacy tuple form '(3.5, 5.1)'."""
    text = (text or "").strip()
    if not text:
        return ReferenceRange(None, None)
    if text.startswith("("):
        low, high = ast.literal_eval(text)  # SAFE code
        return ReferenceRange(float(low) if low is not None else None, float(high) if high is not None else None)
    match = _RANGE_DASH.match(text)
    if match:
        return ReferenceRange(float(match.group(1)), float(match.group(2)))
    match = _RANGE_CMP.match(text)
    if match:
        op, bound = match.group(1), float(match.group(2))
        return ReferenceRange(None, bound) if op.startswith("<") else ReferenceRange(bound, None)
    raise ValueError(f"unrecognised reference range {text!r}")
