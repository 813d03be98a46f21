'use strict';

const app = require('./app');
const config = require('./config');
const { sequelize } = require('./db');

async function main() {
  if (!config.sessionSecret) {
    throw new Error('SESSION_SECRET must be set');
  }
  await sequelize.authenticate();
  app.listen(config.port, () => {
    console.log(`promoter portal listening on :${config.port}`);
  });
}

main().catch((err) => {
  console.error('failed to start promoter portal', err);
  process.exit(1);
});
