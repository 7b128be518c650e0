import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
/** The Node 24 that npm scripts use (the `node` devDependency), whatever runs jest. */
export const pinnedNode = join(root, 'node_modules/.bin/node');

export interface SpawnedService {
  readonly child: ChildProcess;
  readonly url: string;
  readonly output: () => string;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Runs `node src/main.ts` as `npm start` does (without the web build) and waits for its printed URL. */
export function spawnService(env: Record<string, string>, timeoutMs = 20_000): Promise<SpawnedService> {
  const child = spawn(pinnedNode, ['src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Tab:\s+(http:\/\/\S+)\/tab/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({
          child,
          url: match[1],
          output: () => output,
          stop: (signal = 'SIGTERM') => {
            child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`service exited with ${code}:\n${output}`));
    });
  });
}

/** Runs an entry point expecting it to refuse to start; resolves with its exit code and output. */
export function spawnServiceExpectingFailure(
  env: Record<string, string>,
  entry = 'src/main.ts',
): Promise<{ code: number | null; output: string }> {
  const child = spawn(pinnedNode, [entry], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}
