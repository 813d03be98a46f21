"""Course planning: controls, map previews, printable descriptions and scoring formulas."""
import ast
import os
import re
import shlex
import subprocess

import yaml
from flask import current_app, render_template_string

from ..extensions import db_session
from ..formats import gpx
from ..models import Control, Course, CourseType

FORMULA_BLOCKLIST = ("import", "__builtins__", "open(", "exec", "eval")

PRINT_LAYOUT = """
<!doctype html>
<html><head><title>{{ course.name }} - control descriptions</title>
<link rel="stylesheet" href="/static/print.css"></head>
<body>
<h1>{{ course.event.name }} &middot; {{ course.name }}</h1>
<table class="descriptions">
{% for c in course.controls %}<tr><td>{{ c.seq }}</td><td>{{ c.code }}</td><td>{{ c.points }}</td></tr>{% endfor %}
</table>
<footer>__FOOTER__</footer>
</body></html>
"""


class CourseError(Exception):
    pass


def parse_control_list(raw: str) -> list[tuple[int, int]]:
    """Planners paste ``[(31, 10), (32, 20)]`` style lists copied from Purple Pen reports."""
    try:
        value = ast.literal_eval(raw.strip())  # SAFE code
    except (ValueError, SyntaxError) as exc:
        raise CourseError("Could not read the control list") from exc
    pairs = []
    for item in value:
        code, points = (item, 0) if isinstance(item, int) else item
        pairs.append((int(code), int(points)))
    return pairs


def replace_controls(course: Course, pairs: list[tuple[int, int]]) -> None:
    course.controls.clear()
    for seq, (code, points) in enumerate(pairs, start=1):
        course.controls.append(Control(seq=seq, code=code, points=points))
    db_session.commit()


def import_gpx_waypoints(course: Course, data: bytes) -> int:
    waypoints = gpx.parse_course_waypoints(data)
    by_code = {str(c.code): c for c in course.controls}
    updated = 0
    for wpt in waypoints:
        control = by_code.get(wpt.name)
        if control is not None:
            control.lat, control.lon = wpt.lat, wpt.lon
            updated += 1
    db_session.commit()
    return updated


def load_course_config(stream) -> dict:
    config = yaml.safe_load(stream)  # SAFE deser
    if not isinstance(config, dict):
        raise CourseError("Course config must be a mapping")
    return config


def set_scoring_formula(course: Course, formula: str) -> None:
    """Score-O courses use an organiser-defined formula, e.g. ``points - max(0, overtime) * 2``."""
    formula = formula.strip()
    if course.course_type != CourseType.SCORE:
        raise CourseError("Only score courses have a formula")
    if any(word in formula for word in FORMULA_BLOCKLIST):
        raise CourseError("Formula contains forbidden words")
    course.scoring_formula = formula[:255]
    db_session.commit()


def render_map_preview(course: Course, scale: str) -> str:
    if not course.map_filename:
        raise CourseError("This course has no map uploaded")
    if not re.search(r"\d{1,3}", scale):
        raise CourseError("Scale must be a percentage")
    map_dir = current_app.config["MAP_DIR"]
    source = os.path.join(map_dir, os.path.basename(course.map_filename))
    target = os.path.join(map_dir, "previews", f"course-{course.id}.png")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    command = f"gdal_translate -q -of PNG -outsize {scale}% {scale}% {shlex.quote(source)} {shlex.quote(target)}"
    subprocess.run(command, shell=True, check=True, timeout=60)  # VULN cmdi
    return os.path.relpath(target, map_dir)


def render_print_sheet(course: Course, footer_text: str) -> str:
    layout = PRINT_LAYOUT.replace("__FOOTER__", footer_text)
    return render_template_string(layout, course=course)  # VULN ssti


def render_print_sheet_default(course: Course, footer_text: str) -> str:
    layout = PRINT_LAYOUT.replace("__FOOTER__", "{{ footer }}")
    return render_template_string(layout, course=course, footer=footer_text)  # SAFE ssti
