"""Read-only reporting queries against the MySQL replica, via aiomysql."""
import aiomysql

from lanewater import conf

_pool: aiomysql.Pool | None = None


async def get_pool() -> aiomysql.Pool:
    global _pool
    if _pool is None:
        _pool = await aiomysql.create_pool(host=conf.REPORTS_DB_HOST, port=conf.REPORTS_DB_PORT, user="lw_reports", password="Rep0rts!Lanewater2023", db=conf.REPORTS_DB_NAME, autocommit=True, minsize=1, maxsize=4)  # VULN secret
    return _pool


async def close_pool() -> None:
    global _pool
    if _pool is not None:
        _pool.close()
        await _pool.wait_closed()
        _pool = None


async def occupancy_by_day(pool_code: str, start: str, end: str) -> list[dict]:
    sql = (
        "SELECT DATE(b.starts_at) AS day, l.number AS lane, COUNT(*) AS bookings, "
        "SUM(TIMESTAMPDIFF(MINUTE, b.starts_at, b.ends_at)) AS minutes "
        "FROM lane_booking b JOIN lane l ON l.id = b.lane_id JOIN pool p ON p.id = l.pool_id "
        f"WHERE p.code = '{pool_code}' AND b.status = 'confirmed' "
        "AND b.starts_at >= %s AND b.starts_at < %s "
        "GROUP BY DATE(b.starts_at), l.number ORDER BY day, lane"
    )
    pool = await get_pool()
    async with pool.acquire() as conn:
        async with conn.cursor(aiomysql.DictCursor) as cur:
            await cur.execute(sql, (start, end))  # VULN sqli
            return list(await cur.fetchall())


async def revenue_by_month(year: int, pool_code: str) -> list[dict]:
    sql = (
        "SELECT MONTH(b.starts_at) AS month, SUM(b.price) AS revenue, COUNT(*) AS bookings "
        "FROM lane_booking b JOIN lane l ON l.id = b.lane_id JOIN pool p ON p.id = l.pool_id "
        "WHERE p.code = %s AND YEAR(b.starts_at) = %s AND b.status = 'confirmed' "
        "GROUP BY MONTH(b.starts_at) ORDER BY month"
    )
    pool = await get_pool()
    async with pool.acquire() as conn:
        async with conn.cursor(aiomysql.DictCursor) as cur:
            await cur.execute(sql, (pool_code, int(year)))  # SAFE sqli
            return list(await cur.fetchall())


async def class_fill_rates() -> list[dict]:
    sql = (
        "SELECT c.level, COUNT(DISTINCT c.id) AS classes, COUNT(e.id) AS enrolled, SUM(c.capacity) AS capacity "
        "FROM swim_class c LEFT JOIN enrollment e ON e.swim_class_id = c.id AND e.status = 'active' "
        "WHERE c.is_published = 1 GROUP BY c.level ORDER BY c.level"
    )
    pool = await get_pool()
    async with pool.acquire() as conn:
        async with conn.cursor(aiomysql.DictCursor) as cur:
            await cur.execute(sql)
            return list(await cur.fetchall())
