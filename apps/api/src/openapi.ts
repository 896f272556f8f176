import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import metadata from './openapi-metadata.js';

const require = createRequire(import.meta.url);
const SWAGGER_UI = path.dirname(require.resolve('swagger-ui-dist/package.json'));
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Oversight Tracker API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
<link rel="icon" href="/docs/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/swagger-ui-standalone-preset.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>`;

const INIT = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: 'StandaloneLayout' });`;

export async function buildOpenApi(app: NestFastifyApplication): Promise<OpenAPIObject> {
  // Schemas of DTOs and views, written from their types and JSDoc by `scripts/openapi-metadata.mjs` at build.
  await SwaggerModule.loadPluginMetadata(metadata);
  const config = new DocumentBuilder()
    .setTitle('Oversight Tracker')
    .setDescription(
      'Records congressional oversight letters, the questions they pose and the responses received, ' +
        'and counts the questions that remain open as of any date. Errors are RFC 9457 problem details ' +
        '(`application/problem+json`) with an `errors: [{ field, message }]` list naming what is wrong.',
    )
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key secret' })
    .build();
  return declareAccess(SwaggerModule.createDocument(app, config));
}

/**
 * Says in the document which operations need a key, as the access guard
 * decides: writes need one (editor; admin for keys and the audit trail),
 * reads take one optionally (required when READ_ACCESS=key), health never.
 */
function declareAccess(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item) as [string, { security?: unknown[] }][]) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      if (path.startsWith('/health')) operation.security = [];
      else if (method === 'get' || path === '/extractions') operation.security ??= [{}, { bearer: [] }];
      else operation.security ??= [{ bearer: [] }];
    }
  }
  return document;
}

/**
 * Serves the OpenAPI 3 document at /openapi.json and interactive docs at /docs,
 * straight from swagger-ui-dist (no static-file plugin: a fixed list of assets).
 */
export async function setupOpenApi(app: NestFastifyApplication): Promise<void> {
  const document = JSON.stringify(await buildOpenApi(app));
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/openapi.json', (_request, reply) => {
    void reply.type('application/json; charset=utf-8').send(document);
  });
  fastify.get('/docs', (_request, reply) => {
    void reply.type('text/html; charset=utf-8').send(PAGE);
  });
  fastify.get('/docs/init.js', (_request, reply) => {
    void reply.type('text/javascript; charset=utf-8').send(INIT);
  });
  for (const [file, type] of Object.entries(ASSETS)) {
    const body = readFileSync(path.join(SWAGGER_UI, file));
    fastify.get(`/docs/${file}`, (_request, reply) => {
      void reply.type(type).header('cache-control', 'public, max-age=86400').send(body);
    });
  }
}
