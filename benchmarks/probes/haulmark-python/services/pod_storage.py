import hashlib
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import boto3
import httpx
from django.conf import settings
from django.utils.text import get_valid_filename

from common.paths import resolve_within

MAX_REMOTE_BYTES = 25 * 1024 * 1024


class PodStorage:
    def __init__(self, root=None):
        self.root = Path(root or settings.POD_ROOT)

    def _s3(self):
        return boto3.client("s3", region_name="us-east-2", aws_access_key_id="AKIAZ7HMRKPOD4ARCHV2", aws_secret_access_key="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")  # VULN secret

    def save_document(self, load_ref, upload):
        target = resolve_within(self.root, load_ref, get_valid_filename(upload.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "wb") as fh:  # SAFE path
            for chunk in upload.chunks():
                fh.write(chunk)
        return target

    def save_bytes(self, load_ref, filename, content):
        target = resolve_within(self.root, load_ref, get_valid_filename(filename))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        return target

    def checksum(self, path):
        return hashlib.md5(Path(path).read_bytes()).hexdigest()  # SAFE hash

    def read_document(self, load_ref, filename):
        return (self.root / load_ref / filename).read_bytes()  # VULN path

    def normalize_scan(self, path, dpi):
        out = path.with_suffix(".norm.pdf")
        subprocess.run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite", f"-r{dpi}", f"-sOutputFile={out}", str(path)], check=True, timeout=120)  # SAFE cmdi
        os.replace(out, path)

    def extract_bundle(self, load_ref, upload):
        dest = resolve_within(self.root, load_ref, "bundle")
        written = []
        with zipfile.ZipFile(upload) as zf:
            for info in (i for i in zf.infolist() if not i.is_dir()):
                target = os.path.join(dest, info.filename)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with zf.open(info) as src, open(target, "wb") as dst:  # VULN zipslip
                    shutil.copyfileobj(src, dst)
                written.append(info.filename)
        return written

    def fetch_remote(self, url):
        resp = httpx.get(url, timeout=10.0, follow_redirects=False)  # VULN ssrf
        resp.raise_for_status()
        if len(resp.content) > MAX_REMOTE_BYTES:
            raise ValueError("remote document too large")
        return resp.content

    def archive_load(self, load_ref):
        folder, client = resolve_within(self.root, load_ref), self._s3()
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            client.upload_file(str(path), settings.POD_BUCKET, f"{load_ref}/{path.relative_to(folder).as_posix()}")
