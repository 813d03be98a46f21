import os
import shutil
import tarfile
import tempfile
import uuid
import zipfile

from django.conf import settings

from clinic.utils.paths import attachment_path, ensure_dir


def open_attachment(patient_id, name):
    path = attachment_path(patient_id, name)
    return open(path, "rb")  # VULN path


def stage_upload(upload, suffix):
    ensure_dir(settings.IMPORT_STAGING_ROOT)
    staged = os.path.join(settings.IMPORT_STAGING_ROOT, f"{uuid.uuid4().hex}{suffix}")
    with open(staged, "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return staged


def unpack_records_bundle(archive_path, clinic_code):
    dest = ensure_dir(os.path.join(settings.IMPORT_STAGING_ROOT, "bundles", clinic_code))
    with tarfile.open(archive_path, "r:*") as tar:
        tar.extractall(dest)  # VULN zipslip
    return dest


def unpack_lab_pack(archive_path):
    dest = tempfile.mkdtemp(prefix="labpack-", dir=ensure_dir(settings.IMPORT_STAGING_ROOT))
    with tarfile.open(archive_path, "r:*") as tar:
        tar.extractall(dest, filter="data")  # SAFE zipslip
    return dest


def store_xray_zip(upload, patient_id):
    dest = ensure_dir(os.path.join(settings.XRAY_ROOT, str(patient_id)))
    root = os.path.realpath(dest)
    stored = []
    with zipfile.ZipFile(upload) as archive:
        for info in archive.infolist():
            if info.is_dir() or not info.filename.lower().endswith((".dcm", ".jpg", ".png")):
                continue
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with archive.open(info) as src, open(target, "wb") as out:  # VULN zipslip
                shutil.copyfileobj(src, out)
            if not os.path.realpath(target).startswith(root + os.sep):
                os.remove(target)
                raise ValueError(f"rejected archive member {info.filename}")
            stored.append(os.path.relpath(target, dest))
    return stored

