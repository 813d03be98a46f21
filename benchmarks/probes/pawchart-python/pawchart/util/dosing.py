"""Dose formula evaluation.

Formulas are small arithmetic expressions over the patient's weight (kg),
age (years) and body surface area (m^2), e.g. ``0.2 * weight`` or
``30 * bsa``.
"""
from __future__ import annotations

import ast
import math

VARIABLES = frozenset({"weight", "age", "bsa"})

_ALLOWED_NODES = (
    ast.Expression,
    ast.BinOp,
    ast.UnaryOp,
    ast.Constant,
    ast.Name,
    ast.Load,
    ast.Add,
    ast.Sub,
    ast.Mult,
    ast.Div,
    ast.USub,
    ast.UAdd,
)

# Meeh constants used for the body surface area estimate.
_MEEH_K = {"canine": 10.1, "feline": 10.0, "rabbit": 9.9, "equine": 10.5}


class FormulaError(ValueError):
    pass


def body_surface_area(weight_kg: float, species: str = "canine") -> float:
    k = _MEEH_K.get(species, 10.1)
    return round(k * math.pow(weight_kg * 1000.0, 2.0 / 3.0) / 10000.0, 4)


def _check(tree: ast.AST) -> None:
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED_NODES):
            raise FormulaError(f"unsupported element: {type(node).__name__}")
        if isinstance(node, ast.Name) and node.id not in VARIABLES:
            raise FormulaError(f"unknown variable: {node.id}")
        if isinstance(node, ast.Constant) and not isinstance(node.value, (int, float)):
            raise FormulaError("only numeric constants are allowed")


def evaluate(formula: str, variables: dict[str, float]) -> float:
    """Evaluate a stored formula after checking it only uses arithmetic."""
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(f"invalid formula: {exc.msg}") from exc
    _check(tree)
    code = compile(tree, "<dose-formula>", "eval")
    value = eval(code, {"__builtins__": {}}, dict(variables))  # SAFE code
    return round(float(value), 3)


def quick_eval(formula: str, variables: dict[str, float]) -> float:
    """Evaluate a formula typed into the editor; min/max/round allow clamping."""
    scope = {"__builtins__": {}, "min": min, "max": max, "round": round}
    value = eval(formula, scope, dict(variables))  # VULN code
    return round(float(value), 3)
