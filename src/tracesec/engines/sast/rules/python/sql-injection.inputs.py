# Handler inputs of frameworks no rule names one by one (inputs/python.yaml), through the SQL rule
import sqlite3

import cherrypy
import falcon
from blacksheep import FromQuery
import pika
from kafka import KafkaConsumer
from litestar import get, post
from peewee import SQL
from sanic import Blueprint

db = sqlite3.connect("berths.db")
bp = Blueprint("staff")


class BerthResource:
    def on_get(self, req, resp):
        vessel = req.get_param("vessel")
        # ruleid: trace.python.sql-injection.tainted-query
        db.execute(f"SELECT * FROM berths WHERE vessel = '{vessel}'")
        marina = req.get_param_as_int("marina")
        # ok: trace.python.sql-injection.tainted-query
        db.execute(f"SELECT * FROM berths WHERE marina = {marina}")

    def on_post(self, req, resp):
        body = req.get_media()
        # ruleid: trace.python.sql-injection.tainted-query
        db.execute("DELETE FROM holds WHERE ref = '%s'" % body["ref"])
        # ok: trace.python.sql-injection.tainted-query
        db.execute("DELETE FROM holds WHERE ref = ?", (body["ref"],))


@get("/bookings/{reference:str}/receipt")
async def receipt(reference: str) -> str:
    # ruleid: trace.python.sql-injection.tainted-query
    return db.execute("SELECT * FROM bookings WHERE ref = '" + reference + "'").fetchone()


@get("/tides/{station_id:int}")
async def tides(station_id: int, limit: int = 10) -> list:
    # ok: trace.python.sql-injection.tainted-query
    return db.execute(f"SELECT * FROM tides WHERE station = {station_id} LIMIT {limit}").fetchall()


@post("/bookings")
async def create(data: dict, booking_service: "BookingService") -> None:
    # ruleid: trace.python.sql-injection.tainted-query
    db.execute(f"INSERT INTO log VALUES ('{data['name']}')")


@bp.get("/gates/<gate>/status")
async def gate_status(request, gate):
    # ruleid: trace.python.sql-injection.tainted-query
    db.execute(f"SELECT state FROM gates WHERE name = '{gate}'")


@bp.post("/bookings/<booking_id:int>/cancel")
async def cancel(request, booking_id):
    # ok: trace.python.sql-injection.tainted-query
    db.execute(f"UPDATE bookings SET state = 'cancelled' WHERE id = {booking_id}")


def fetch_gate(gate):
    # a plain function's parameter is no handler input
    # ok: trace.python.sql-injection.tainted-query
    db.execute(f"SELECT state FROM gates WHERE name = '{gate}'")


def on_message(channel, method, properties, body):
    # ruleid: trace.python.sql-injection.tainted-query
    db.execute("INSERT INTO events VALUES ('" + body.decode() + "')")


def drain() -> None:
    consumer = KafkaConsumer("berth-events")
    for record in consumer:
        # ruleid: trace.python.sql-injection.tainted-query
        db.execute(f"INSERT INTO events VALUES ('{record.value}')")


def reports(rows):
    for row in rows:
        # ok: trace.python.sql-injection.tainted-query
        db.execute(f"INSERT INTO copy VALUES ('{row.value}')")


channel = pika.BlockingConnection().channel()
channel.basic_consume(queue="berths", on_message_callback=on_message)
app = falcon.App()



@get("/listings")
def listings(term: str, database: "Database"):
    # ruleid: trace.python.sql-injection.tainted-query
    database.execute_sql(f"SELECT * FROM listing WHERE title LIKE '%{term}%'")
    # ruleid: trace.python.sql-injection.tainted-query
    Listing.select().where(SQL("title LIKE '%%%s%%'" % term))
    # ok: trace.python.sql-injection.tainted-query
    return Listing.select().where(SQL("title LIKE ?", [f"%{term}%"]))


class MembersPage:
    @cherrypy.expose
    def lookup(self, ref=None, member_id=None):
        # ruleid: trace.python.sql-injection.tainted-query
        db.execute(f"SELECT * FROM members WHERE ref = '{ref}'")
        # ok: trace.python.sql-injection.tainted-query
        db.execute(f"SELECT * FROM members WHERE id = {member_id}")

    def helper(self, ref):
        # ok: trace.python.sql-injection.tainted-query
        db.execute(f"SELECT * FROM members WHERE ref = '{ref}'")


async def list_plots(sort: FromQuery[str], size: FromQuery[int]):
    # ruleid: trace.python.sql-injection.tainted-query
    db.execute(f"SELECT * FROM plots ORDER BY {sort.value}")
    # ok: trace.python.sql-injection.tainted-query
    db.execute(f"SELECT * FROM plots WHERE size > {size.value}")
