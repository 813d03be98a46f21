from aiohttp import web
from fastapi import APIRouter, Query
from fastapi.responses import RedirectResponse
from bottle import post, redirect, request

router = APIRouter()
ALLOWED_RETURNS = {"/", "/dashboard"}


async def handoff(request: web.Request) -> web.Response:
    target = request.query.get("return_to", "/dashboard")
    # ruleid: trace.python.open-redirect.tainted-redirect
    raise web.HTTPFound(target)


async def handoff_checked(request: web.Request) -> web.Response:
    target = request.query.get("return_to", "/dashboard")
    if target not in ALLOWED_RETURNS:
        raise web.HTTPBadRequest(text="unknown page")
    # ok: trace.python.open-redirect.tainted-redirect
    raise web.HTTPSeeOther(location=target)


@router.post("/login")
async def login(next: str = Query("/")):
    # ruleid: trace.python.open-redirect.tainted-redirect
    return RedirectResponse(url=next, status_code=303)


@router.get("/logout")
async def logout(next: str = Query("/")):
    target = next if next in ALLOWED_RETURNS else "/"
    # ok: trace.python.open-redirect.tainted-redirect
    return RedirectResponse(url=target, status_code=303)


@post("/admin/back")
def back():
    # ruleid: trace.python.open-redirect.tainted-redirect
    redirect(request.forms.get("back"))


async def course_page(request: web.Request) -> web.Response:
    course_id = request.match_info["course_id"]
    # a path of this site: no value after its first segment makes it another host's
    # ok: trace.python.open-redirect.tainted-redirect
    raise web.HTTPFound(f"/courses/{course_id}")


async def course_page_by_number(request: web.Request) -> web.Response:
    # ok: trace.python.open-redirect.tainted-redirect
    raise web.HTTPFound("/courses/" + str(int(request.match_info["course_id"])))


async def anywhere(request: web.Request) -> web.Response:
    where = request.query.get("to", "")
    # a "/" then the value: "//evil.example" is another host
    # ruleid: trace.python.open-redirect.tainted-redirect
    raise web.HTTPFound(f"/{where}")
