import os

from django.conf import settings


class PathOutsideRoot(Exception):
    """Raised when a requested file would resolve outside its storage root."""


def attachment_path(patient_id, name):
    if ".." in name:
        raise PathOutsideRoot(name)
    return os.path.join(settings.ATTACHMENT_ROOT, str(patient_id), name)


def resolve_within(root, name):
    root = os.path.realpath(root)
    candidate = os.path.realpath(os.path.join(root, name))
    if os.path.commonpath([root, candidate]) != root:
        raise PathOutsideRoot(name)
    return candidate


def ensure_dir(path):
    os.makedirs(path, exist_ok=True)
    return path
