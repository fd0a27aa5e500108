// A second host for the browser tests that need email: the same build as global setup's host, on its own SQLite
// file and ports, sending mail to a MailSink in the test's process (global setup's host has no mail server, which
// other specs rely on). Reusable by any spec: `const host = await startMailHost(); … await host.stop();`.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, hostCommand, stopAndWait, waitForReady } from './global-setup';
import { MailSink } from './mailSink';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface MailHost {
  url: string;
  mail: MailSink;
  stop: () => Promise<void>;
}

export async function startMailHost(): Promise<MailHost> {
  const mail = await MailSink.start();
  const [httpPort, siloPort] = [await freePort(), await freePort()];
  const dataDir = mkdtempSync(join(tmpdir(), 'reciprocity-e2e-mail-'));
  // One log per host: specs in parallel workers may each start one.
  const logPath = join(webDir, 'test-results', `mail-host-${httpPort}.log`);
  const url = `http://127.0.0.1:${httpPort}`;
  const host = hostCommand();
  const child = spawn(
    host.command,
    [...host.args, '--urls', url],
    {
      cwd: host.cwd,
      detached: true,
      stdio: ['ignore', openSync(logPath, 'w'), openSync(logPath, 'a')],
      env: {
        ...process.env,
        ConnectionStrings__Reciprocity: `Data Source=${join(dataDir, 'reciprocity.db')}`,
        Orleans__SiloPort: String(siloPort),
        PublicUrl: url,
        Email__Smtp__Host: '127.0.0.1',
        Email__Smtp__Port: String(mail.port),
        Email__Smtp__UseTls: 'false',
        Email__From: 'Reciprocity <hello@reciprocity.test>',
        RateLimits__CreationsPerMinute: '10000',
        RateLimits__LookupsPerMinute: '10000',
        DOTNET_NOLOGO: '1',
      },
    },
  );
  try {
    await waitForReady(url, child, logPath, 180_000);
  } catch (e) {
    await stopAndWait(child);
    await mail.close();
    throw e;
  }
  return {
    url,
    mail,
    stop: async () => {
      await stopAndWait(child);
      await mail.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
