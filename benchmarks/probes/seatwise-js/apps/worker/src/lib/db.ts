import { Pool } from 'pg';

export function createPool(connectionString: string): Pool {
  const pool = new Pool({ connectionString, max: 10, idleTimeoutMillis: 30_000 });
  pool.on('error', (err) => {
    process.stderr.write(`postgres pool error: ${err.message}\n`);
  });
  return pool;
}
