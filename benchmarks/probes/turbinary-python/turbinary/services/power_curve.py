"""Power curve modelling used by the performance engineers."""
import math

from turbinary.config import settings

AIR_DENSITY = 1.225
CURVE_FUNCTIONS = {"min": min, "max": max, "abs": abs, "pow": pow, "exp": math.exp, "pi": math.pi}


def _environment(v: float, rated_kw: float, rotor_diameter_m: float, cp: float) -> dict:
    area = math.pi * (rotor_diameter_m / 2) ** 2
    return {"v": v, "rho": AIR_DENSITY, "area": area, "cp": cp, "rated_kw": rated_kw, **CURVE_FUNCTIONS}


def evaluate_curve(expression: str, wind_speeds: list[float], rated_kw: float, rotor_diameter_m: float, cp: float) -> list[tuple[float, float]]:
    points = []
    for v in wind_speeds:
        env = _environment(v, rated_kw, rotor_diameter_m, cp)
        points.append((v, float(eval(expression, {"__builtins__": {}}, env))))  # VULN code
    return points


def expected_output(v: float, rated_kw: float, rotor_diameter_m: float, cp: float = 0.42) -> float:
    if v < 3.0 or v > 25.0:
        return 0.0
    env = _environment(v, rated_kw, rotor_diameter_m, cp)
    return float(eval(settings.default_curve_expr, {"__builtins__": {}}, env))  # SAFE code
