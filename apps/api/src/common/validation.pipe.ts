import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { guardInput } from './input-guard.js';
import { badRequest, flattenValidationErrors } from './problem.js';

/**
 * Refuses a body that is not a JSON object, and input no field can hold, before
 * field validation, which would report it confusingly or not at all.
 */
class BodyValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata) {
    if (metadata.type === 'body' && metadata.metatype && metadata.metatype !== Object) {
      if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
        throw badRequest('The request body must be a JSON object', [{ field: '(body)', message: 'send a JSON object' }]);
      }
    }
    if (metadata.type === 'body' || metadata.type === 'query') {
      // A body that is only read, never stored (a letter's text to itemize), may carry NULs.
      guardInput(value, '', 0, (metadata.metatype as { storesNothing?: boolean } | undefined)?.storesNothing === true);
    }
    return super.transform(value, metadata);
  }
}

/** Whitelist, refuse unknown fields, transform; every failure becomes one 400 listing each field. */
export function createValidationPipe(): ValidationPipe {
  return new BodyValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const list = flattenValidationErrors(errors);
      const fields = [...new Set(list.map((e) => e.field))];
      return badRequest(`The request has invalid fields: ${fields.join(', ')}`, list);
    },
  });
}
