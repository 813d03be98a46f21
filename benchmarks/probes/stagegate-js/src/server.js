'use strict';

const app = require('./app');
const config = require('./config');
const mongo = require('./db/mongo');
const { sequelize } = require('./db/sequelize');

async function main() {
  await sequelize.authenticate();
  await mongo.connect();
  const server = app.listen(config.port, () => {
    console.log(`stagegate box office listening on :${config.port}`);
  });
  const shutdown = async () => {
    server.close();
    await Promise.allSettled([sequelize.close(), mongo.close()]);
    process.exit(0);
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((err) => {
  console.error('failed to start', err);
  process.exit(1);
});
