"""Vessel paperwork: uploads, certificate imports and cached downloads."""
from __future__ import annotations

import tempfile
from pathlib import Path

import falcon

from tidepool.repositories import vessels as vessel_repo
from tidepool.security.netguard import OutboundPolicyError
from tidepool.services import documents


def _own_vessel(req: falcon.Request, vessel_id: int) -> dict:
    vessel = vessel_repo.get(vessel_id)
    if vessel is None or vessel["owner_id"] != req.context.owner_id:
        raise falcon.HTTPNotFound()
    return vessel


class VesselDocumentsResource:
    def on_get(self, req: falcon.Request, resp: falcon.Response, vessel_id: int) -> None:
        _own_vessel(req, vessel_id)
        resp.media = [
            {
                "id": d["id"],
                "kind": d["kind"],
                "name": d["original_name"],
                "uploaded_at": d["uploaded_at"].isoformat(),
                "download": documents.presigned_download(d["s3_key"]),
            }
            for d in vessel_repo.documents(vessel_id)
        ]

    def on_post(self, req: falcon.Request, resp: falcon.Response, vessel_id: int) -> None:
        _own_vessel(req, vessel_id)
        kind = "photo"
        stored = []
        for part in req.get_media():
            if part.name == "kind":
                kind = part.text.strip()
                continue
            if part.name != "file" or not part.filename:
                continue
            body = part.stream.read()
            try:
                doc = documents.store(vessel_id, kind, part.filename, body)
            except ValueError as exc:
                raise falcon.HTTPBadRequest(description=str(exc)) from exc
            if kind == "photo":
                with tempfile.NamedTemporaryFile(suffix=Path(part.secure_filename).suffix, delete=False) as tmp:
                    tmp.write(body)
                documents.make_thumbnail(Path(tmp.name), part.filename)
            stored.append({"key": doc.key, "etag": doc.etag, "size": doc.size})
        if not stored:
            raise falcon.HTTPBadRequest(description="no file part")
        resp.status = falcon.HTTP_201
        resp.media = {"stored": stored}


class CertificateImportResource:
    def on_post(self, req: falcon.Request, resp: falcon.Response, vessel_id: int) -> None:
        _own_vessel(req, vessel_id)
        body = req.get_media() or {}
        url = str(body.get("url", "")).strip()
        kind = str(body.get("kind", "insurance"))
        try:
            doc = documents.import_from_url(vessel_id, kind, url)
        except OutboundPolicyError as exc:
            raise falcon.HTTPForbidden(description=str(exc)) from exc
        resp.status = falcon.HTTP_201
        resp.media = {"key": doc.key, "size": doc.size}


class CachedDocumentResource:
    """Fast path used by the mobile app for recently viewed documents."""

    def on_get(self, req: falcon.Request, resp: falcon.Response) -> None:
        name = req.get_param("file", required=True)
        try:
            data, content_type = documents.open_cached(name)
        except FileNotFoundError as exc:
            raise falcon.HTTPNotFound() from exc
        resp.content_type = content_type
        resp.data = data

