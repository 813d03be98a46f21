import enum
import sqlite3
import subprocess
from typing import Literal

from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI()
conn = sqlite3.connect("app.db")


class Order(str, enum.Enum):
    asc = "asc"
    desc = "desc"


@app.get("/items/{item_id}")
def read_item(item_id: int):
    rows = conn.execute(f"SELECT * FROM items WHERE id = {item_id}").fetchall()  # SAFE int
    return {"rows": rows}


@app.get("/items")
def list_items(order: Literal["asc", "desc"] = "asc"):
    rows = conn.execute(f"SELECT * FROM items ORDER BY name {order}").fetchall()  # SAFE literal
    return {"rows": rows}


@app.get("/items2")
def list_items2(order: Order = Order.asc):
    rows = conn.execute(f"SELECT * FROM items ORDER BY name {order.value}").fetchall()  # SAFE enum
    return {"rows": rows}


@app.get("/search")
def search(q: str):
    rows = conn.execute(f"SELECT * FROM items WHERE name = '{q}'").fetchall()  # VULN
    return {"rows": rows}


@app.get("/search2")
def search2(q: str = Query(..., pattern="^[a-z]+$")):
    rows = conn.execute(f"SELECT * FROM items WHERE name = '{q}'").fetchall()  # SAFE pattern
    return {"rows": rows}


@app.get("/ping")
def ping(host: str):
    out = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True)  # VULN
    return {"out": out.stdout.decode()}


@app.get("/hello", response_class=HTMLResponse)
def hello(name: str):
    return f"<h1>{name}</h1>"  # VULN xss


@app.get("/hello2")
def hello2(name: str):
    return HTMLResponse(f"<h1>{name}</h1>")  # VULN xss
