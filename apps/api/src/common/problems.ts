import { badRequest, conflict, unprocessable, type FieldError } from './problem.js';

/** Gathers every fault of one kind in a request, so one answer names them all. */
export class Problems {
  private readonly errors: FieldError[] = [];

  add(field: string, message: string): void {
    this.errors.push({ field, message });
  }

  list(): readonly FieldError[] {
    return this.errors;
  }

  get empty(): boolean {
    return this.errors.length === 0;
  }

  /** 400: the request itself is malformed. */
  throwBadRequest(): void {
    if (!this.empty) throw badRequest(summary('The request is malformed', this.errors), this.errors);
  }

  /** 409: a value that must be unique is taken. */
  throwConflict(): void {
    if (!this.empty) throw conflict(summary('The request conflicts with a unique value', this.errors), this.errors);
  }

  /** 422: well formed, but it contradicts what is stored. */
  throwUnprocessable(): void {
    if (!this.empty) throw unprocessable(summary('The request contradicts what is recorded', this.errors), this.errors);
  }
}

function summary(lead: string, errors: FieldError[]): string {
  return `${lead}: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`;
}
