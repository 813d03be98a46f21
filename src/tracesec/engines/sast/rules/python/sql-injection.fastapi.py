# mypy: ignore-errors
import enum
import sqlite3
from typing import Annotated, Literal, Optional

from fastapi import APIRouter, Depends, FastAPI, Query
from pydantic import BaseModel

app = FastAPI()
router = APIRouter()
conn = sqlite3.connect("app.db")


class Order(str, enum.Enum):
    asc = "asc"
    desc = "desc"


class Item(BaseModel):
    name: str


def get_db():
    return conn


@app.get("/items/{item_id}")
def read_item(item_id: int, q: Optional[str] = None):
    # ok: trace.python.sql-injection.tainted-query
    conn.execute(f"SELECT * FROM items WHERE id = {item_id}")
    # ruleid: trace.python.sql-injection.tainted-query
    conn.execute(f"SELECT * FROM items WHERE name = '{q}'")


@app.get("/items")
async def list_items(order: Literal["asc", "desc"] = "asc", by: Order = Order.asc):
    # ok: trace.python.sql-injection.tainted-query
    conn.execute(f"SELECT * FROM items ORDER BY name {order}")
    # ok: trace.python.sql-injection.tainted-query
    conn.execute(f"SELECT * FROM items ORDER BY name {by.value}")


@router.get("/search")
def search(
    q: Annotated[str, Query(max_length=40)],
    tag: Annotated[str, Query(pattern="^[a-z]+$")],
    db=Depends(get_db),
):
    # ruleid: trace.python.sql-injection.tainted-query
    db.execute(f"SELECT * FROM items WHERE name = '{q}'")
    # ok: trace.python.sql-injection.tainted-query
    db.execute(f"SELECT * FROM items WHERE tag = '{tag}'")


@router.post("/items")
async def create(item: Item, label: str = Query(..., regex="^[a-z]+$")):
    # ruleid: trace.python.sql-injection.tainted-query
    conn.execute(f"INSERT INTO items (name) VALUES ('{item.name}')")
    # ok: trace.python.sql-injection.tainted-query
    conn.execute(f"INSERT INTO labels VALUES ('{label}')")
