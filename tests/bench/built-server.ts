import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

export interface BuiltServer {
  readonly url: string;
  readonly child: ChildProcess;
  readonly startedToReadyMs: number;
  stop(): Promise<void>;
}

/** Starts dist/server/main.js (as `npm start` runs it) and waits until /readyz answers. */
export async function startBuiltServer(port: number, env: Record<string, string> = {}): Promise<BuiltServer> {
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'prr-bench-')),
      LOG_LEVEL: 'warn',
      NODE_COMPILE_CACHE: join(root, 'node_modules/.cache/node-compile-cache'),
      ...env,
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  const startedToReadyMs = performance.now() - started;
  return {
    url,
    child,
    startedToReadyMs,
    stop: async () => {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    },
  };
}
