# mypy: ignore-errors
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

api = FastAPI()


@api.get("/items")
async def items(request: Request):
    # ok: trace.python.xss.tainted-html-response
    return request.query_params.get("q")


@api.get("/page", response_class=HTMLResponse)
async def page(request: Request):
    # ruleid: trace.python.xss.tainted-html-response
    return HTMLResponse("<p>" + request.query_params.get("q", "") + "</p>")
