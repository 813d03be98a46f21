'use strict';

const { MongoClient, ObjectId } = require('mongodb');
const config = require('./config');

const client = new MongoClient(config.mongoUrl, { maxPoolSize: 20 });
let ready = null;

async function database() {
  if (!ready) {
    ready = client.connect();
  }
  await ready;
  return client.db(config.mongoDatabase);
}

async function collection(name) {
  return (await database()).collection(name);
}

function toObjectId(value) {
  return ObjectId.isValid(value) ? new ObjectId(String(value)) : null;
}

module.exports = { collection, toObjectId, client };
