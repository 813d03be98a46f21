"""Persistence for the events gateway: Postgres for events, MongoDB for reviews."""
import psycopg
from psycopg import sql
from psycopg.rows import dict_row
from pymongo import MongoClient

from . import config

_mongo = None


def pg_connect():
    return psycopg.connect(config.PG_DSN, row_factory=dict_row)


def reviews_collection():
    global _mongo
    if _mongo is None:
        _mongo = MongoClient(config.MONGO_URI, serverSelectionTimeoutMS=3000)
    return _mongo["shelfmark"]["event_reviews"]


class EventStore:
    def events_for_branch(self, branch_code, upcoming_only=True):
        clause = "AND starts_at >= now()" if upcoming_only else ""
        with pg_connect() as conn, conn.cursor() as cur:
            cur.execute(f"SELECT id, title, starts_at, capacity FROM events WHERE branch_code = '{branch_code}' {clause} ORDER BY starts_at")  # VULN sqli
            return cur.fetchall()

    def list_events(self, sort_column, limit=50):
        query = sql.SQL("SELECT id, title, starts_at, branch_code FROM events ORDER BY {} LIMIT %s").format(
            sql.Identifier(sort_column)
        )
        with pg_connect() as conn, conn.cursor() as cur:
            cur.execute(query, (limit,))  # SAFE sqli
            return cur.fetchall()

    def search_titles(self, title):
        with pg_connect() as conn, conn.cursor() as cur:
            cur.execute("SELECT id, title, starts_at FROM events WHERE title ILIKE %s", (f"%{title}%",))
            return cur.fetchall()

    def book_seat(self, event_id, card_number):
        with pg_connect() as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO event_bookings (event_id, card_number) VALUES (%s, %s) RETURNING id",
                (event_id, card_number),
            )
            return cur.fetchone()["id"]


class ReviewStore:
    def matching(self, expression):
        cursor = reviews_collection().find({"$where": expression}).limit(100)  # VULN nosqli
        return [self._clean(doc) for doc in cursor]

    def search(self, criteria):
        query = {"hidden": False}
        query.update(criteria)
        return [self._clean(doc) for doc in reviews_collection().find(query).limit(100)]  # VULN nosqli

    def for_event(self, event_id, min_rating):
        cursor = reviews_collection().find(  # SAFE nosqli
            {"event_id": int(event_id), "rating": {"$gte": int(min_rating)}, "hidden": False}
        )
        return [self._clean(doc) for doc in cursor]

    @staticmethod
    def _clean(doc):
        doc["id"] = str(doc.pop("_id"))
        return doc
