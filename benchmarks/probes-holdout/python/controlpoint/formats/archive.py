"""ZIP handling for result bundles (XML + split PDFs) and map packs."""
import os
import shutil
import zipfile

BUNDLE_SUFFIXES = (".xml", ".csv", ".pdf", ".html")
MAP_SUFFIXES = (".png", ".jpg", ".jpeg", ".pgw", ".jgw", ".kmz")
MAX_MEMBER_SIZE = 50 * 1024 * 1024


class ArchiveError(Exception):
    pass


def extract_bundle(archive_path: str, dest_dir: str) -> list[str]:
    """Unpack a results bundle uploaded by the event organiser; returns extracted file paths."""
    extracted = []
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            if info.is_dir() or not info.filename.lower().endswith(BUNDLE_SUFFIXES):
                continue
            if info.file_size > MAX_MEMBER_SIZE:
                raise ArchiveError(f"{info.filename} is too large")
            target = os.path.join(dest_dir, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:  # VULN zipslip
                shutil.copyfileobj(src, dst)
            extracted.append(target)
    return extracted


def extract_map_pack(archive_path: str, dest_dir: str) -> list[str]:
    root = os.path.realpath(dest_dir)
    extracted = []
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            if info.is_dir() or not info.filename.lower().endswith(MAP_SUFFIXES):
                continue
            target = os.path.realpath(os.path.join(root, info.filename))
            if not target.startswith(root + os.sep):
                raise ArchiveError(f"refusing to extract {info.filename!r}")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:  # SAFE zipslip
                shutil.copyfileobj(src, dst)
            extracted.append(target)
    return extracted
