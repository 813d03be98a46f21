import 'reflect-metadata';
import { Logger, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { AppModule } from './app.module';
import { loadConfig } from './config/configuration';

type OriginCallback = (err: Error | null, allow?: boolean) => void;

function corsOriginCheck(allowed: string[]) {
  const origins = new Set(allowed.map((o) => o.toLowerCase()));
  return (origin: string | undefined, callback: OriginCallback): void => {
    if (!origin || origins.has(origin.toLowerCase())) {
      callback(null, true);
      return;
    }
    callback(null, false);
  };
}

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true });

  app.setGlobalPrefix('api');
  app.set('trust proxy', 1);
  app.use(cookieParser());
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true }));
  app.enableCors({ origin: corsOriginCheck(config.corsOrigins), credentials: true, maxAge: 600 }); // SAFE cors
  app.enableShutdownHooks();

  await app.listen(config.port);
  Logger.log(`Seatwise API listening on ${config.port}`, 'Bootstrap');
}

void bootstrap();
