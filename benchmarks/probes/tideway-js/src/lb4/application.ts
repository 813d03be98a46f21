import { ApplicationConfig } from '@loopback/core';
import { RestApplication } from '@loopback/rest';
import { RegattaEntryController } from './controllers/regatta-entry.controller';
import { ResultsController } from './controllers/results.controller';
import { CrewController } from './controllers/crew.controller';
import { OrganiserAuthInterceptor } from './interceptors/auth.interceptor';
const { connectMongo } = require('../db');

export class TidewayRegattaApplication extends RestApplication {
  constructor(options: ApplicationConfig = {}) {
    super(options);
    this.interceptor(OrganiserAuthInterceptor);
    this.controller(RegattaEntryController);
    this.controller(ResultsController);
    this.controller(CrewController);
  }
}

export async function main() {
  await connectMongo();
  const app = new TidewayRegattaApplication({
    rest: {
      port: Number(process.env.REGATTA_API_PORT ?? 3100),
      host: process.env.HOST ?? '0.0.0.0',
      cors: { origin: true, credentials: true, methods: 'GET,POST,DELETE', maxAge: 86400 }, // VULN cors
      requestBodyParser: { json: { limit: '15mb' }, text: { limit: '5mb' } },
    },
  });
  await app.start();
  console.log(`Regatta API listening at ${app.restServer.url}`);
  return app;
}

if (require.main === module) {
  main().catch((err) => {
    console.error('Cannot start the regatta API', err);
    process.exit(1);
  });
}
