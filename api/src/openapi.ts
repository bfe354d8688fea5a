import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/** The OpenAPI document of the API: served at /api/docs-json and generated into shared/. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('SceneBridge API')
    .setDescription(
      'REST API of SceneBridge, the portal for AI application-scenario opportunity lists (场景机会清单). ' +
        'Errors answer { statusCode, code, message, details?, requestId }; lists answer { items, total, page, pageSize }.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
}
