"""PDF report jobs: start lists after publishing, result sheets per course."""
from flask import render_template

from .. import storage
from ..extensions import celery, db_session
from ..integrations import pdf
from ..integrations.timing import TimingBoxClient
from ..models import Course, Event
from ..presenters import format_time
from ..repositories import entries as entries_repo
from ..repositories import results as results_repo


@celery.task(name="reports.start_list")
def generate_start_list(event_id: int) -> str | None:
    event = db_session.get(Event, event_id)
    if event is None:
        return None
    by_course = {c.name: entries_repo.entries_for_course(db_session(), c.id) for c in event.courses}
    html = render_template("reports/start_list.html", event=event, by_course=by_course)
    output = storage.new_report_path(f"startlist-{event.id}")
    pdf.render_start_list(html, event.name, output)
    event.start_list_pdf = output
    db_session.commit()
    return output


@celery.task(name="reports.push_start_list")
def push_start_list_to_timing(event_id: int, base_url: str, ca_bundle: str) -> int:
    event = db_session.get(Event, event_id)
    rows = []
    for course in event.courses:
        for entry in entries_repo.entries_for_course(db_session(), course.id):
            rows.append({"si_card": entry.si_card, "name": entry.runner_name, "course": course.name,
                         "start": entry.start_time.isoformat() if entry.start_time else None})
    TimingBoxClient(base_url, ca_bundle).push_start_list(event.id, rows)
    return len(rows)


@celery.task(name="reports.result_sheet")
def generate_result_sheet(course_id: int) -> str | None:
    course = db_session.get(Course, course_id)
    if course is None:
        return None
    rows = results_repo.course_results(db_session.connection(), course.id)
    html = render_template("reports/start_list.html", event=course.event,
                           by_course={course.name: rows}, results=True, fmt=format_time)
    output = storage.new_report_path(f"results-{course.id}")
    return pdf.render_result_sheet(html, course.name, output)
