'use strict';

const { MongoClient } = require('mongodb');
const config = require('../config');

let client;
let db;

async function connect() {
  if (db) return db;
  client = new MongoClient(config.mongo.url, { maxPoolSize: 20 });
  await client.connect();
  db = client.db(config.mongo.database);
  return db;
}

function getDb() {
  if (!db) {
    throw new Error('Mongo connection not initialised; call connect() first');
  }
  return db;
}

async function close() {
  if (client) await client.close();
  client = undefined;
  db = undefined;
}

module.exports = { connect, getDb, close };
