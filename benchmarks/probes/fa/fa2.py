import sqlite3
from typing import Annotated, Optional

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel

router = APIRouter()
conn = sqlite3.connect("app.db")


class Item(BaseModel):
    name: str


@router.post("/items")
async def create(item: Item, db=Depends(lambda: conn)):
    conn.execute(f"INSERT INTO items VALUES ('{item.name}')")  # VULN


@router.get("/a")
def a(q: Annotated[str, Query(max_length=20)]):
    conn.execute(f"SELECT '{q}'")  # VULN


@router.get("/b")
def b(q: Annotated[str, Query(pattern="^[a-z]+$")]):
    conn.execute(f"SELECT '{q}'")  # SAFE


@router.get("/c")
def c(q: Optional[str] = None):
    conn.execute(f"SELECT '{q}'")  # VULN


@router.get("/d")
def d(q: str | None = None):
    conn.execute(f"SELECT '{q}'")  # VULN
