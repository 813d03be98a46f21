# mypy: ignore-errors
import enum
import jinja2
import sqlite3
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

api = FastAPI()


@api.get("/items")
async def items(request: Request):
    # ok: trace.python.xss.tainted-html-response
    return request.query_params.get("q")


@api.get("/page", response_class=HTMLResponse)
async def page(request: Request):
    # ruleid: trace.python.xss.tainted-html-response
    return HTMLResponse("<p>" + request.query_params.get("q", "") + "</p>")


@api.get("/hello", response_class=HTMLResponse)
def hello(name: str):
    # ruleid: trace.python.xss.tainted-html-response
    return f"<h1>Hello {name}</h1>"


@api.get("/hello-json")
def hello_json(name: str):
    # ok: trace.python.xss.tainted-html-response
    return {"greeting": f"Hello {name}"}


@api.get("/count", response_class=HTMLResponse)
def count(n: int):
    # ok: trace.python.xss.tainted-html-response
    return f"<p>{n} items</p>"


GREETING = "<p>Welcome back, {{ name }}!</p>"
escaping_env = jinja2.Environment(autoescape=True)
plain_env = jinja2.Environment()


@api.get("/greeting", response_class=HTMLResponse)
def greeting(name: str):
    # ok: trace.python.xss.tainted-html-response
    return escaping_env.from_string(GREETING).render(name=name)


@api.get("/greeting-plain", response_class=HTMLResponse)
def greeting_plain(name: str):
    # ruleid: trace.python.xss.tainted-html-response
    return plain_env.from_string(GREETING).render(name=name)
