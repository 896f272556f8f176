import type { Response } from 'supertest';

/** Asserts an RFC 9457 problem answer with this status, and returns its body. */
export function expectProblem(response: Response, status: number) {
  expect({ status: response.status, type: response.headers['content-type'] }).toEqual({
    status,
    type: expect.stringContaining('application/problem+json'),
  });
  const body = response.body as { type: string; title: string; status: number; detail: string; errors?: { field: string; message: string }[] };
  expect(body).toMatchObject({ type: expect.any(String), title: expect.any(String), status, detail: expect.any(String) });
  return body;
}
