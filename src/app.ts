import 'reflect-metadata';
import { ConsoleLogger, Logger } from '@nestjs/common';
import type { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { BodyGuardPipe } from './common/body-guard';
import { compressResponses } from './common/compression';
import { docsAuth } from './common/auth.guard';
import { applyServerTimeouts, mountHttpEdge, requestLog } from './common/http-edge';
import { sendProblem } from './common/problem.filter';
import { UnknownQueryInterceptor } from './common/query-guard';
import { PAGE_HEADERS } from './common/paging';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';
import { mountDashboard } from './dashboard/dashboard';
import { setupOpenApi } from './openapi';

export interface CreateAppOptions {
  readonly logger?: LogLevel[] | false;
  readonly log?: (m: string) => void;
}

/** The whole HTTP application, shared by `npm start` and the e2e tests. */
export async function createApp(
  config: AppConfig,
  opts: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, opts.log),
    {
      bodyParser: false,
      // Throw boot errors (bad DATABASE_URL, failed migration) instead of exiting the process.
      abortOnError: false,
      // Colour escapes only on a terminal: a log file or collector gets plain text.
      logger:
        opts.logger === false
          ? false
          : new ConsoleLogger({
              logLevels: opts.logger ?? ['log', 'warn', 'error'],
              colors: process.stdout.isTTY === true,
            }),
    },
  );
  app.setGlobalPrefix('api');
  if (config.trustProxy) app.set('trust proxy', 1);
  // Swagger UI loads inline scripts and styles; the JSON API itself needs none of that.
  app.use(helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false }));
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins.includes('*') ? true : [...config.corsOrigins],
      exposedHeaders: ['ETag', ...PAGE_HEADERS],
    });
  }
  app.use(requestLog);
  app.use(compressResponses());
  mountHttpEdge(app, config);
  app.useBodyParser('json', { limit: config.bodyLimitBytes });
  mountDashboard(app);
  // body-parser fails before Nest's router (and its exception filter) sees the request.
  const logger = new Logger('Http');
  app.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    sendProblem(req, res, err, logger);
  });
  // The guard sees the raw body first (depth, prototype keys, NUL, surrogates), then the DTOs.
  const validation = createValidationPipe();
  app.useGlobalPipes(new BodyGuardPipe(), validation);
  // Routes without a query DTO hand their query to the same pipe (unknown parameters → 400).
  app.useGlobalInterceptors(new UnknownQueryInterceptor(validation));
  app.enableShutdownHooks();
  // The API's description is plan-shaped data too: behind the read token when reads need one.
  if (config.requireReadToken) app.use(docsAuth(app));
  setupOpenApi(app);
  await app.init();
  applyServerTimeouts(app);
  return app;
}
