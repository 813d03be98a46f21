import os

import aiofiles
from aiohttp import web
from fastapi import APIRouter, Query
from fastapi.responses import FileResponse

router = APIRouter()
LIBRARY = "/srv/library"


@router.get("/library")
async def library_file(category: str = Query("general"), filename: str = Query(...)):
    path = os.path.join(LIBRARY, category, filename)
    # ruleid: trace.python.path-traversal.tainted-file-path
    return FileResponse(path)


@router.get("/manuals/{name}")
async def manual(name: str):
    path = os.path.realpath(os.path.join(LIBRARY, name))
    if not path.startswith(LIBRARY + os.sep):
        raise ValueError("outside the library")
    # ok: trace.python.path-traversal.tainted-file-path
    return FileResponse(path=path)


async def read_upload(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    # ruleid: trace.python.path-traversal.tainted-file-path
    async with aiofiles.open(os.path.join(LIBRARY, name), "rb") as fh:
        data = await fh.read()
    return web.Response(body=data)


async def read_fixed(request: web.Request) -> web.Response:
    # ok: trace.python.path-traversal.tainted-file-path
    async with aiofiles.open(os.path.join(LIBRARY, "index.json"), "rb") as fh:
        data = await fh.read()
    return web.Response(body=data)
