import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { badRequest } from './problem.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** Path ids must be UUIDs: anything else is a 400 naming the parameter. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isUuid(value)) {
      const field = metadata.data ?? 'id';
      throw badRequest(`${field} must be a UUID`, [{ field, message: `${field} must be a UUID` }]);
    }
    return value.toLowerCase();
  }
}
