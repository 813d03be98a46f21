'use strict';

const { Sequelize } = require('sequelize');
const mongoose = require('mongoose');
const { Pool } = require('pg');
const config = require('../config');

// --- Sequelize (bookings, boats) -------------------------------------------

const sequelize = new Sequelize(config.postgres.database, config.postgres.user, config.postgres.password, {
  host: config.postgres.host,
  port: config.postgres.port,
  dialect: 'postgres',
  logging: config.env === 'development' ? console.log : false,
  pool: { max: config.postgres.max, idle: 10000 },
});

// --- Mongoose (members, regatta entries, agenda) ---------------------------

let connecting = null;

async function connectMongo() {
  if (mongoose.connection.readyState === 1) return mongoose.connection;
  if (!connecting) {
    connecting = mongoose.connect(config.mongoUrl, { serverSelectionTimeoutMS: 5000 });
  }
  await connecting;
  return mongoose.connection;
}

// --- raw pg pool for reporting queries ------------------------------------

const pool = new Pool({
  host: config.postgres.host,
  port: config.postgres.port,
  database: config.postgres.database,
  user: config.postgres.user,
  password: config.postgres.password,
  max: config.postgres.max,
  statement_timeout: 15000,
});

pool.on('error', (err) => {
  console.error('[pg] idle client error', err.message);
});

module.exports = { sequelize, mongoose, connectMongo, pool };
