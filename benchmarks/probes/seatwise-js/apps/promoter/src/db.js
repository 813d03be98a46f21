'use strict';

const { Sequelize } = require('sequelize');

const sequelize = new Sequelize({
  dialect: 'postgres',
  host: process.env.PGHOST || 'pg-primary.seatwise.internal',
  port: Number(process.env.PGPORT || 5432),
  database: process.env.PGDATABASE || 'seatwise',
  username: process.env.PGUSER || 'promoter_portal',
  password: 'Pr0m0ter-Portal!2019', // VULN secret
  logging: process.env.SQL_LOG === '1' ? console.log : false,
  pool: { max: 10, idle: 10000 },
  define: { underscored: true },
});

module.exports = { sequelize };
