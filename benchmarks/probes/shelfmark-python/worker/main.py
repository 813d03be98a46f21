import re

import yaml
from fastapi import Depends, FastAPI, Header, HTTPException, UploadFile
from pydantic import BaseModel

from . import jobs, reports, settings

app = FastAPI(title="Shelfmark worker")
LABEL_RE = re.compile(r"^[A-Za-z0-9_-]{1,40}$")


def require_worker_token(x_worker_token: str = Header(default="")):
    if not settings.WORKER_TOKEN or x_worker_token != settings.WORKER_TOKEN:
        raise HTTPException(status_code=401, detail="bad worker token")


class ConvertRequest(BaseModel):
    source_name: str
    output_format: str = "csv"


class ArchiveRequest(BaseModel):
    label: str


@app.post("/jobs/convert", dependencies=[Depends(require_worker_token)])
async def convert(body: ConvertRequest):
    job = jobs.ExportJob(source_name=body.source_name, output_format=body.output_format)
    code, log = jobs.convert_marc(job)
    return {"exit": code, "log": log}


@app.post("/jobs/archive", dependencies=[Depends(require_worker_token)])
async def archive(body: ArchiveRequest):
    if not LABEL_RE.match(body.label):
        raise HTTPException(status_code=422, detail="label must be alphanumeric")
    return {"exit": jobs.archive_exports(body.label)}


@app.get("/reports/loans")
async def loans_report(branch: str, month: str):
    return reports.loans_by_branch_name(branch, month)


@app.get("/reports/loans/{branch_id}")
async def loans_report_by_id(branch_id: int, month: str):
    return reports.loans_by_branch_id(branch_id, month)


@app.post("/imports/shelving-rules", dependencies=[Depends(require_worker_token)])
async def import_shelving_rules(rules: UploadFile):
    content = await rules.read()
    parsed = yaml.load(content, Loader=yaml.Loader)  # VULN deser
    return {"rules": len(parsed or [])}


@app.post("/imports/branch-hours", dependencies=[Depends(require_worker_token)])
async def import_branch_hours(hours: UploadFile):
    parsed = yaml.safe_load(await hours.read())  # SAFE deser
    return {"branches": sorted(parsed or {})}

