import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { TenantContext } from '@app/data';
import {
  createValidationPipe,
  documentErrorResponses,
  IdempotencyRepository,
  idempotencyOnSend,
  isIdempotencyPending,
  registerDepthLimitedJsonParser,
} from '@app/http';
import { registerNegotiatedBodyParsers } from '@app/xml';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';

export interface CreateAppOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Serve the Swagger UI at /docs (default true; the document at /docs-json is always served). */
  docsUi?: boolean;
  /** More modules to serve (tests use this for probe routes). */
  extraModules?: Type<unknown>[];
}

function requestId(req: { headers: Record<string, string | string[] | undefined> }): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
}

export function buildOpenApiDocument(app: INestApplication) {
  const config = new DocumentBuilder()
    .setTitle('Giftcode service')
    .setDescription(
      'Gift certificates, payment codes, SertCard gift cards and loyalty cards. Send the API token as the `token` header or `Authorization: Bearer`.',
    )
    .setVersion('0.1.0')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'token' }, 'token')
    .addBearerAuth({ type: 'http', scheme: 'bearer' }, 'bearer')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN' }, 'admin')
    .addSecurityRequirements('token')
    .addSecurityRequirements('bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey: string, methodKey: string) =>
      `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  documentErrorResponses(document);
  return document;
}

const draining = new WeakSet<INestApplication>();

/** Graceful stop: no new connections, in-flight requests finish (their connections then close), then the app closes. */
export async function closeApp(app: INestApplication): Promise<void> {
  draining.add(app);
  await app.close();
}

/** Builds the whole HTTP service (used by main.ts, the tests and the benchmarks). */
export async function createApp(options: CreateAppOptions): Promise<NestFastifyApplication> {
  const { config } = options;
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT,
    // Paths match case-insensitively (SertCard clients send `numberfromgoods`); parameters keep their case.
    routerOptions: {
      ignoreTrailingSlash: true,
      ignoreDuplicateSlashes: true,
      caseSensitive: false,
      maxParamLength: 500,
    },
    genReqId: requestId,
    requestIdHeader: false,
    trustProxy: false,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  } as any);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, options.databaseUrl, options.extraModules ?? []),
    adapter,
    {
      bufferLogs: true,
      abortOnError: false,
      bodyParser: false, // the depth-limited JSON parser below replaces Nest's
    },
  );
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());

  const fastify = app.getHttpAdapter().getInstance();
  registerDepthLimitedJsonParser(fastify);
  // XML and text/json bodies for routes that negotiate their format (@Negotiated).
  registerNegotiatedBodyParsers(fastify, { maxBytes: config.BODY_LIMIT });
  // Each request runs in its own async context: tenant, token and transaction live there.
  fastify.addHook('onRequest', (request, _reply, done) => {
    TenantContext.run({ clientIp: request.ip }, done);
  });
  fastify.addHook('onRoute', (route) => {
    if ((route.config as { bulkBody?: boolean } | undefined)?.bulkBody)
      route.bodyLimit = config.BULK_BODY_LIMIT;
  });
  const storeIdempotent = idempotencyOnSend(app.get(IdempotencyRepository));
  fastify.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    // While draining, a connection whose request was in flight is closed after its answer; kept
    // alive it would hold the server open long after the last request.
    if (draining.has(app)) reply.header('connection', 'close');
    if (!isIdempotencyPending(request)) return done(null, payload);
    storeIdempotent(request, reply, payload).then((p) => done(null, p), done);
  });

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs-json',
    raw: ['json'],
    ui: options.docsUi ?? true,
  });

  await app.init();
  return app;
}
