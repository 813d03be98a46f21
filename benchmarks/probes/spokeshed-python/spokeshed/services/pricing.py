"""Quote calculation. Coordinators can tune the labour formula from the back office."""
from __future__ import annotations

import ast
import operator
from decimal import Decimal
from typing import Any

from spokeshed.domain.errors import InvalidInput
from spokeshed.repositories.settings import SettingsRepository

BASE_LABOUR = {
    "puncture": Decimal("6"),
    "brakes": Decimal("12"),
    "gears": Decimal("15"),
    "wheel_true": Decimal("10"),
    "full_service": Decimal("45"),
    "diy_stand": Decimal("0"),
}
DEFAULT_FORMULA = "base * (0.5 if member else 1)"

_BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}


class _MarkupEvaluator(ast.NodeVisitor):
    """Arithmetic-only evaluator for part markup expressions."""

    def __init__(self, variables: dict[str, float]) -> None:
        self.variables = variables

    def visit_Expression(self, node: ast.Expression) -> float:
        return self.visit(node.body)

    def visit_BinOp(self, node: ast.BinOp) -> float:
        op = _BIN_OPS.get(type(node.op))
        if op is None:
            raise InvalidInput("operator not allowed in markup")
        return op(self.visit(node.left), self.visit(node.right))

    def visit_Constant(self, node: ast.Constant) -> float:
        if not isinstance(node.value, (int, float)):
            raise InvalidInput("only numbers allowed in markup")
        return float(node.value)

    def visit_Name(self, node: ast.Name) -> float:
        if node.id not in self.variables:
            raise InvalidInput(f"unknown variable {node.id}")
        return self.variables[node.id]

    def generic_visit(self, node: ast.AST) -> Any:
        raise InvalidInput(f"{type(node).__name__} not allowed in markup")


class PricingService:
    def __init__(self, settings_repo: SettingsRepository | None = None) -> None:
        self.settings_repo = settings_repo or SettingsRepository()

    def labour_formula(self) -> str:
        return self.settings_repo.get_value("labour_formula", DEFAULT_FORMULA) or DEFAULT_FORMULA

    def quote(self, repair_kind: str, is_member: bool, parts_total: Decimal = Decimal("0")) -> Decimal:
        base = float(BASE_LABOUR.get(repair_kind, Decimal("10")))
        variables = {"base": base, "member": is_member, "parts": float(parts_total)}
        labour = eval(self.labour_formula(), {"__builtins__": {}}, variables)  # VULN code
        return (Decimal(str(labour)) + parts_total).quantize(Decimal("0.01"))

    def sale_price(self, unit_cost: Decimal, markup_expr: str) -> Decimal:
        variables = {"cost": float(unit_cost)}
        value = _MarkupEvaluator(variables).visit(ast.parse(markup_expr, mode="eval"))  # SAFE code
        return Decimal(str(value)).quantize(Decimal("0.01"))
