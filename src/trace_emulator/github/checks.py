"""Check-run request validation, as the REST reference for check runs documents it.

`name` and `head_sha` are required on create; `status` is `queued|in_progress|completed` (an App
may not set `waiting|requested|pending`, which only GitHub Actions sets); a `conclusion` is
required once the run is `completed` or has a `completed_at`, and giving one completes the run;
`output` needs `title` and `summary` (at most 65,535 characters each with `text`); at most 50
annotations per request, each with `path`, `start_line`, `end_line`, `annotation_level`
(`notice|warning|failure`) and `message`, columns only on a single line; at most 3 actions.
Annotations from successive requests are appended.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from trace_emulator.github.model import CheckRun

STATUSES = {"queued", "in_progress", "completed"}
ACTIONS_ONLY_STATUSES = {"waiting", "requested", "pending"}
CONCLUSIONS = {
    "action_required",
    "cancelled",
    "failure",
    "neutral",
    "success",
    "skipped",
    "timed_out",
}
LEVELS = {"notice", "warning", "failure"}
MAX_ANNOTATIONS = 50
MAX_TEXT = 65_535
MAX_MESSAGE = 64 * 1024
MAX_ACTIONS = 3


class CheckRunInvalid(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = "Invalid request.\n\n" + message


def _timestamp(body: dict[str, Any], name: str) -> float | None:
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise CheckRunInvalid(f"For 'properties/{name}', {value!r} is not a string.")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        raise CheckRunInvalid(f'"{name}" must be an ISO 8601 timestamp.') from None


def _string(body: dict[str, Any], name: str, required: bool) -> str | None:
    value = body.get(name)
    if value is None:
        if required:
            raise CheckRunInvalid(f'"{name}" wasn\'t supplied.')
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise CheckRunInvalid(f"For 'properties/{name}', {value!r} is not a non-empty string.")
    return value


def _annotation(item: Any, index: int) -> dict[str, Any]:
    where = f"output/annotations/{index}"
    if not isinstance(item, dict):
        raise CheckRunInvalid(f"For '{where}', {item!r} is not an object.")
    for name in ("path", "message", "annotation_level"):
        if not isinstance(item.get(name), str) or not item[name]:
            raise CheckRunInvalid(f'"{name}" wasn\'t supplied in {where}.')
    for name in ("start_line", "end_line"):
        value = item.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise CheckRunInvalid(f'"{name}" wasn\'t supplied as a positive integer in {where}.')
    if item["annotation_level"] not in LEVELS:
        raise CheckRunInvalid(
            f"For '{where}/annotation_level', {item['annotation_level']!r} is not a member of "
            "enum (notice, warning, failure)."
        )
    if item["end_line"] < item["start_line"]:
        raise CheckRunInvalid(f"For '{where}', end_line is before start_line.")
    has_columns = item.get("start_column") is not None or item.get("end_column") is not None
    if has_columns and item["start_line"] != item["end_line"]:
        raise CheckRunInvalid(
            f"For '{where}', start_column and end_column are only allowed on a single line."
        )
    if len(item["message"]) > MAX_MESSAGE:
        raise CheckRunInvalid(f"For '{where}/message', the maximum size is 64 KB.")
    keep = (
        "path", "start_line", "end_line", "start_column", "end_column", "annotation_level",
        "message", "title", "raw_details",
    )  # fmt: skip
    return {k: item.get(k) for k in keep}


def _output(value: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    if not isinstance(value, dict):
        raise CheckRunInvalid(f"For 'properties/output', {value!r} is not an object.")
    for name in ("title", "summary"):
        if not isinstance(value.get(name), str) or not value[name]:
            raise CheckRunInvalid(f'"{name}" wasn\'t supplied in output.')
    for name in ("summary", "text"):
        text = value.get(name)
        if text is not None and (not isinstance(text, str) or len(text) > MAX_TEXT):
            raise CheckRunInvalid(f"For 'output/{name}', the maximum size is 65535 characters.")
    annotations = value.get("annotations") or []
    if not isinstance(annotations, list):
        raise CheckRunInvalid("For 'output/annotations', the value is not an array.")
    if len(annotations) > MAX_ANNOTATIONS:
        raise CheckRunInvalid(
            f"Only {MAX_ANNOTATIONS} annotations are allowed per request "
            f"({len(annotations)} sent); send more with further updates."
        )
    output = {"title": value["title"], "summary": value["summary"], "text": value.get("text")}
    return output, [_annotation(a, i) for i, a in enumerate(annotations)]


def validate(body: dict[str, Any], *, creating: bool, current: CheckRun | None) -> dict[str, Any]:
    """Return the normalized changes of a create/update request; raise CheckRunInvalid."""
    changes: dict[str, Any] = {}
    name = _string(body, "name", required=creating)
    if name is not None:
        changes["name"] = name
    if creating:
        changes["head_sha"] = _string(body, "head_sha", required=True)
    for key in ("details_url", "external_id"):
        if body.get(key) is not None:
            changes[key] = _string(body, key, required=False)
    status = body.get("status")
    if status is not None:
        if status in ACTIONS_ONLY_STATUSES:
            raise CheckRunInvalid(f'Only GitHub Actions can set a status of "{status}".')
        if status not in STATUSES:
            raise CheckRunInvalid(
                f"For 'properties/status', {status!r} is not a member of enum "
                "(queued, in_progress, completed)."
            )
        changes["status"] = status
    conclusion = body.get("conclusion")
    if conclusion is not None:
        if conclusion == "stale":
            raise CheckRunInvalid('Only GitHub can set a conclusion of "stale".')
        if conclusion not in CONCLUSIONS:
            raise CheckRunInvalid(
                f"For 'properties/conclusion', {conclusion!r} is not a member of enum "
                f"({', '.join(sorted(CONCLUSIONS))})."
            )
        changes["conclusion"] = conclusion
        changes["status"] = "completed"  # a conclusion completes the run
    started = _timestamp(body, "started_at")
    if started is not None:
        changes["started_at"] = started
    completed = _timestamp(body, "completed_at")
    if completed is not None:
        changes["completed_at"] = completed
    final_status = changes.get("status") or (current.status if current else "queued")
    final_conclusion = changes.get("conclusion") or (current.conclusion if current else None)
    if (final_status == "completed" or completed is not None) and final_conclusion is None:
        raise CheckRunInvalid('"conclusion" wasn\'t supplied.')
    if body.get("output") is not None:
        changes["output"], changes["annotations"] = _output(body["output"])
    actions = body.get("actions")
    if actions is not None and (not isinstance(actions, list) or len(actions) > MAX_ACTIONS):
        raise CheckRunInvalid(f"At most {MAX_ACTIONS} actions are allowed.")
    return changes


def apply(run: CheckRun, changes: dict[str, Any], now: float) -> None:
    for key in ("name", "details_url", "external_id", "status", "conclusion", "started_at"):
        if key in changes:
            setattr(run, key, changes[key])
    if "output" in changes:
        run.output = changes["output"]
        run.annotations.extend(changes["annotations"])
        run.annotation_batches.append(len(changes["annotations"]))
    if run.status == "completed":
        run.completed_at = changes.get("completed_at") or run.completed_at or now
