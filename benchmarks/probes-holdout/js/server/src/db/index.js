'use strict';

const { Pool } = require('pg');
const mongoose = require('mongoose');
const config = require('../config');

const pool = new Pool({
  connectionString: config.pg.connectionString,
  max: Number(process.env.PG_POOL_MAX || 10),
  idleTimeoutMillis: 30000,
});

pool.on('error', (err) => {
  console.error('[pg] idle client error', err);
});

async function withTransaction(work) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}

mongoose.set('strictQuery', true);

let connecting = null;

function connectMongo() {
  if (!connecting) {
    connecting = mongoose.connect(config.mongoUrl, {
      serverSelectionTimeoutMS: 5000,
      autoIndex: config.env !== 'production',
    });
  }
  return connecting;
}

module.exports = { pool, withTransaction, connectMongo, mongoose };
