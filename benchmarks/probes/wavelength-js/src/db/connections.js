'use strict';

const { Pool } = require('pg');
const Knex = require('knex');
const { Model, knexSnakeCaseMappers } = require('objection');
const config = require('../config');

// Raw pg pool used by the request/listener repositories.
const pool = new Pool({
  connectionString: config.database.connectionString,
  max: config.database.poolSize,
  idleTimeoutMillis: 30000,
});

pool.on('error', (err) => {
  // eslint-disable-next-line no-console
  console.error('[pg] idle client error', err.message);
});

async function withTransaction(fn) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}

// Knex instance bound to Objection models.
const knex = Knex({
  client: 'pg',
  connection: config.database.connectionString,
  pool: { min: 1, max: config.database.poolSize },
  ...knexSnakeCaseMappers(),
});

Model.knex(knex);

module.exports = { pool, withTransaction, knex };
