// Starts a real Reciprocity host on SQLite in a temp folder, on free ports, and stops it afterwards.
// Set E2E_BASE_URL to test a host that is already running instead.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM } from '../playwright.config';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const hostDir = resolve(webDir, '../src/Reciprocity.Host');
const hostProject = join(hostDir, 'Reciprocity.Host.csproj');
const resultsDir = join(webDir, 'test-results');

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

export async function waitForReady(url: string, child: ChildProcess | null, log: string | null, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  child?.once('exit', (code) => (exited = code ?? -1));
  for (;;) {
    if (exited !== null) throw new Error(`The host exited (code ${exited}) before it was ready.\n${tail(log)}`);
    try {
      const res = await fetch(`${url}/health/ready`);
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`The host at ${url} was not ready within ${timeoutMs / 1000} s.\n${tail(log)}`);
    // Polling an external process has no event to await; this is the only wait of its kind.
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * The command that runs the built host: `dotnet …/bin/<configuration>/<framework>/Reciprocity.Host.dll`, from the
 * project folder (its content root, where wwwroot is). Not `dotnet run --no-build`, which evaluates the project with
 * MSBuild first: seconds of CPU on every start, for nothing the built host needs.
 */
export function hostCommand(): { command: string; args: string[]; cwd: string } {
  const configuration = process.env.E2E_HOST_CONFIGURATION ?? 'Release';
  const bin = join(hostDir, 'bin', configuration);
  const dlls = existsSync(bin)
    ? readdirSync(bin)
        .map((framework) => join(bin, framework, 'Reciprocity.Host.dll'))
        .filter((dll) => existsSync(dll))
    : [];
  if (dlls.length !== 1) {
    throw new Error(`Expected one built host under ${bin}, found ${dlls.length}: build src/Reciprocity.Host (-c ${configuration}) first.`);
  }
  return { command: 'dotnet', args: [dlls[0]], cwd: hostDir };
}

function tail(log: string | null): string {
  if (!log || !existsSync(log)) return '';
  return readFileSync(log, 'utf8').split('\n').slice(-40).join('\n');
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM)) {
    // Never skip: a missing browser fails the run, in CI and locally alike.
    throw new Error(
      `Chromium was not found at ${CHROMIUM}. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.` +
        (process.env.CI ? ' (CI=true: browser tests must run.)' : ''),
    );
  }
  mkdirSync(resultsDir, { recursive: true });

  const external = process.env.E2E_BASE_URL;
  if (external) {
    await waitForReady(external.replace(/\/$/, ''), null, null, 60_000);
    return async () => undefined;
  }

  const configuration = process.env.E2E_HOST_CONFIGURATION ?? 'Release';
  if (process.env.E2E_SKIP_HOST_BUILD !== '1') {
    // Incremental: WebApp.targets rebuilds the web app into wwwroot only when its sources changed.
    const build = spawnSync('dotnet', ['build', hostProject, '-c', configuration, '-nologo', '-v', 'q'], {
      stdio: 'inherit',
      cwd: webDir,
    });
    if (build.status !== 0) throw new Error(`dotnet build of the host failed (exit ${build.status}).`);
  }

  const [httpPort, siloPort] = [await freePort(), await freePort()];
  const dataDir = mkdtempSync(join(tmpdir(), 'reciprocity-e2e-'));
  const logPath = join(resultsDir, 'host.log');
  const logFd = openSync(logPath, 'w');
  const url = `http://127.0.0.1:${httpPort}`;

  const host = hostCommand();
  const child = spawn(
    host.command,
    [...host.args, '--urls', url],
    {
      cwd: host.cwd, // the content root, where wwwroot is
      detached: true, // its own process group, so teardown stops the host and anything it started
      stdio: ['ignore', logFd, logFd],
      env: {
        ...process.env,
        ConnectionStrings__Reciprocity: `Data Source=${join(dataDir, 'reciprocity.db')}`,
        Orleans__SiloPort: String(siloPort),
        RateLimits__CreationsPerMinute: '10000',
        RateLimits__LookupsPerMinute: '10000',
        DOTNET_NOLOGO: '1',
      },
    },
  );

  try {
    await waitForReady(url, child, logPath, 180_000);
  } catch (e) {
    stop(child);
    throw e;
  }
  process.env.E2E_BASE_URL = url;

  return async () => {
    await stopAndWait(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
}

function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

export function stopAndWait(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.pid === undefined) return done();
    const force = setTimeout(() => stop(child, 'SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    stop(child);
  });
}
