'use strict';

const mongoose = require('mongoose');
const { Pool } = require('pg');
const config = require('./config');

const pool = new Pool({ ...config.pg, password: process.env.PORTAL_DB_PASSWORD, max: 10 }); // SAFE secret

async function connect() {
  await mongoose.connect(config.mongoUrl, { serverSelectionTimeoutMS: 5000 });
  await pool.query('SELECT 1');
}

module.exports = { pool, connect };
