import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, isAlive, postmasterPid, runNode, runNpm, waitFor, type ServiceProcess } from './support/processes.js';

/** Sends a request whose body arrives in two parts, so it is in flight while the service is told to stop. */
function slowRequest(port: number, method: string, url: string, body: string, secret: string) {
  const socket = connect(port, '127.0.0.1');
  const half = Math.floor(body.length / 2);
  let raw = '';
  const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
    socket.on('data', (chunk) => (raw += chunk.toString()));
    socket.on('end', () => {
      const [head, ...rest] = raw.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), body: rest.join('\r\n\r\n') });
    });
    socket.on('error', reject);
  });
  socket.write(
    `${method} ${url} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${secret}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, half)}`,
  );
  return { finish: () => socket.write(body.slice(half)), answered };
}

const ADMIN = 'shutdown-test-admin-key-0123456789';

describe('graceful shutdown', () => {
  let dir: string;
  let service: ServiceProcess | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ot-shutdown-'));
  });
  afterAll(async () => {
    if (service && service.child.exitCode === null) service.child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  async function start(port: number): Promise<ServiceProcess> {
    const started = runNode('dist/apps/api/src/main.js', { PORT: String(port), HOST: '127.0.0.1', EMBEDDED_PG_DIR: dir, LOG_LEVEL: 'warn', BOOTSTRAP_ADMIN_KEY: ADMIN });
    await waitFor(async () => ((await fetch(`http://127.0.0.1:${port}/health/ready`)).status === 200 ? true : undefined), 60000, 'the service to be ready');
    return started;
  }

  it.each(['SIGTERM', 'SIGINT'] as const)('on %s finishes in-flight requests, then leaves no postgres process behind', async (signal) => {
    const port = await freePort();
    service = await start(port);
    const postgres = postmasterPid(dir)!;
    expect(isAlive(postgres)).toBe(true);

    const name = `Office of Inspector General ${signal}`;
    const inFlight = slowRequest(port, 'POST', '/organizations', JSON.stringify({ name, kind: 'agency' }), ADMIN);
    await new Promise((r) => setTimeout(r, 200));
    service.child.kill(signal);
    await new Promise((r) => setTimeout(r, 300));
    inFlight.finish();
    const answer = await inFlight.answered;
    expect(answer.status).toBe(201);
    expect(JSON.parse(answer.body)).toMatchObject({ name, kind: 'agency' });

    expect(await service.exited).toBe(0);
    expect(isAlive(postgres)).toBe(false);

    // The data outlives the process: a new start on the same folder finds it.
    service = await start(port);
    const listed = (await (await fetch(`http://127.0.0.1:${port}/organizations?name=${encodeURIComponent(name)}`)).json()) as { data: { name: string }[] };
    expect(listed.data.map((o) => o.name)).toEqual([name]);
    const again = postmasterPid(dir)!;
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    expect(isAlive(again)).toBe(false);
  });

  it('stops whole when a supervisor sends SIGTERM to npm: API, worker and postgres', async () => {
    const port = await freePort();
    service = runNpm('start:api', { PORT: String(port), HOST: '127.0.0.1', EMBEDDED_PG_DIR: dir, LOG_LEVEL: 'warn' });
    await waitFor(async () => ((await fetch(`http://127.0.0.1:${port}/health/ready`)).status === 200 ? true : undefined), 60000, 'the service to be ready');
    const postgres = postmasterPid(dir)!;
    expect(isAlive(postgres)).toBe(true);
    service.child.kill('SIGTERM');
    await service.exited;
    await waitFor(async () => (isAlive(postgres) ? undefined : true), 15000, 'the embedded postgres to stop');
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
  });

  it('refuses to start on an invalid setting, naming it', async () => {
    const bad = runNode('dist/apps/api/src/main.js', { PORT: 'eighty', EMBEDDED_PG_DIR: dir });
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toMatch(/PORT/);
    expect(postmasterPid(dir) === undefined || !isAlive(postmasterPid(dir)!)).toBe(true);
  });
});
