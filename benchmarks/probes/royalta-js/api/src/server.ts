import { createApp } from './app';
import { config } from './config';
import { connectMongo, sequelize } from './db';

Promise.all([sequelize.authenticate(), connectMongo()])
  .then(() => createApp().listen(config.port, () => console.log(`royalta api listening on :${config.port}`)))
  .catch((err) => {
    console.error('failed to start', err);
    process.exit(1);
  });
