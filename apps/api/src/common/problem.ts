import { HttpException, HttpStatus } from '@nestjs/common';
import type { ValidationError } from 'class-validator';

/** One entry of a problem's `errors` list: which field or item, and what is wrong with it. */
export interface FieldError {
  field: string;
  message: string;
}

/** An RFC 9457 problem details body. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * An error whose answer is a problem document. Services throw these (through the
 * helpers below) so that every refusal names the field or item at fault.
 */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    detail: string,
    readonly errors?: FieldError[],
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail, status);
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) =>
  new ProblemException(HttpStatus.BAD_REQUEST, detail, errors);

export const notFound = (what: string, id: string) =>
  new ProblemException(HttpStatus.NOT_FOUND, `${what} ${id} does not exist`);

export const conflict = (detail: string, errors?: FieldError[]) =>
  new ProblemException(HttpStatus.CONFLICT, detail, errors);

export const unprocessable = (detail: string, errors?: FieldError[]) =>
  new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, detail, errors);

/** `questions.0.kind` -> `questions[0].kind`. */
function joinPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = joinPath(parent, error.property);
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith(`property ${error.property} should not exist`)
        ? `${field} is not a known field`
        : message.replace(new RegExp(`^${error.property}\\b`), field),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}
