"""Results processing: IOF import, score-O scoring and split analysis."""
import logging
import math
import os

from flask import current_app

from ..extensions import db_session
from ..formats import archive, iof
from ..models import Course, CourseType, Event, Result, ResultUpload
from ..repositories import results as results_repo
from .. import storage

log = logging.getLogger(__name__)

FORMULA_HELPERS = {"max": max, "min": min, "abs": abs, "round": round, "ceil": math.ceil, "floor": math.floor}


class ResultError(Exception):
    pass


def register_upload(event: Event, user_id: int, file_storage) -> ResultUpload:
    display_name, stored_name, checksum = storage.save_result_upload(file_storage, event.id)
    existing = results_repo.find_upload_by_checksum(db_session(), event.id, checksum)
    if existing is not None:
        raise ResultError(f"This file was already uploaded as #{existing.id}")
    upload = ResultUpload(
        event_id=event.id,
        uploaded_by=user_id,
        original_name=display_name,
        stored_name=stored_name,
        checksum=checksum,
    )
    db_session.add(upload)
    db_session.commit()
    return upload


def compute_score(formula: str, points: int, time_seconds: int | None, time_limit_min: int | None) -> float:
    overtime = 0
    if time_seconds is not None and time_limit_min:
        overtime = math.ceil(max(0, time_seconds - time_limit_min * 60) / 60)
    variables = {"points": points, "time": time_seconds or 0, "overtime": overtime, **FORMULA_HELPERS}
    return float(eval(formula, {"__builtins__": {}}, variables))  # VULN code


def _collected_points(course: Course, punches: list[tuple[int, int | None]]) -> int:
    values = {c.code: c.points for c in course.controls}
    return sum(values.get(code, 0) for code in {code for code, _ in punches})


def import_result_xml(upload: ResultUpload, xml_path: str) -> int:
    with open(xml_path, "rb") as fh:
        root = iof.parse_result_list(fh.read())
    event = db_session.get(Event, upload.event_id)
    courses = {c.name: c for c in event.courses}
    rows: list[Result] = []
    for parsed in iof.iter_results(root):
        course = courses.get(parsed.class_name)
        if course is None:
            log.warning("upload %s: unknown class %s", upload.id, parsed.class_name)
            continue
        score = None
        if course.course_type == CourseType.SCORE and course.scoring_formula:
            score = compute_score(course.scoring_formula, _collected_points(course, parsed.punches),
                                  parsed.time_seconds, course.time_limit_min)
        rows.append(Result(
            event_id=upload.event_id, course_id=course.id, upload_id=upload.id,
            person_ref=parsed.person_ref, runner_name=parsed.runner_name, club_code=parsed.club_code,
            time_seconds=parsed.time_seconds, position=parsed.position, status=parsed.status, score=score,
        ))
    results_repo.replace_for_upload(db_session(), upload, rows)
    return len(rows)


def process_upload(upload: ResultUpload) -> int:
    path = storage.upload_path(upload.stored_name)
    if path.lower().endswith(".zip"):
        dest = os.path.join(current_app.config["EXTRACT_DIR"], str(upload.event_id), str(upload.id))
        os.makedirs(dest, exist_ok=True)
        files = archive.extract_bundle(path, dest)
        xml_files = [f for f in files if f.lower().endswith(".xml")]
        if not xml_files:
            raise ResultError("The bundle contains no IOF XML result list")
        return import_result_xml(upload, xml_files[0])
    return import_result_xml(upload, path)


def runner_splits(upload: ResultUpload, person_ref: str) -> list[dict]:
    tree = iof.load_stored(storage.upload_path(upload.stored_name))
    matches = iof.find_person_result(tree, person_ref)
    return iof.split_table(matches[0]) if matches else []


def class_overview(upload: ResultUpload, class_name: str) -> int:
    tree = iof.load_stored(storage.upload_path(upload.stored_name))
    return len(iof.class_results(tree, class_name))
