import sqlite3

import asyncpg
from bottle import Bottle, request
from fastapi import APIRouter, Query

router = APIRouter()
app = Bottle()


@router.get("/crew")
async def crew_for_base(base: str = Query(...), pool: asyncpg.Pool = None):
    async with pool.acquire() as conn:
        # ruleid: trace.python.sql-injection.tainted-query
        return await conn.fetch(f"SELECT id FROM crew_member WHERE home_base = '{base}'")


@router.get("/crew/one")
async def crew_one(crew_id: str = Query(...), pool: asyncpg.Pool = None):
    async with pool.acquire() as conn:
        # ok: trace.python.sql-injection.tainted-query
        return await conn.fetchrow("SELECT id FROM crew_member WHERE id = $1", crew_id)


@router.get("/feed")
async def feed(url: str = Query(...), http_client=None):
    # an HTTP client's fetch takes a URL, not SQL
    # ok: trace.python.sql-injection.tainted-query
    return await http_client.fetch(url)


@app.post("/admin/crew/search")
def crew_search():
    surname = request.forms.get("surname", "")
    with sqlite3.connect("admin.sqlite3") as conn:
        # ruleid: trace.python.sql-injection.tainted-query
        rows = conn.execute("SELECT id FROM crew_member WHERE last_name LIKE '%s%%'" % surname).fetchall()
    return {"results": [dict(r) for r in rows]}


@app.post("/admin/crew/by-id")
def crew_by_id():
    surname = request.forms.get("surname", "")
    with sqlite3.connect("admin.sqlite3") as conn:
        # ok: trace.python.sql-injection.tainted-query
        rows = conn.execute("SELECT id FROM crew_member WHERE last_name = ?", (surname,)).fetchall()
    return {"results": [dict(r) for r in rows]}
