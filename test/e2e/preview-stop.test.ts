/**
 * `npm run preview` leaves nothing behind: stopped with SIGTERM (to npm alone, as a process
 * manager does) or Ctrl-C (SIGINT to the whole process group, as a terminal does), every
 * process it started ends and the port is free again.
 */
import { spawn, spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';

const WAIT_MS = 60000;

function groupMembers(pgid: number): number[] {
  const out = spawnSync('ps', ['-o', 'pid=', '-g', String(pgid)], { encoding: 'utf8' }).stdout;
  return out
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((pid) => pid > 0);
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function startPreview(): Promise<{ pid: number; port: number; keepAlive: () => void }> {
  const child = spawn('npm', ['run', 'preview'], { env: { ...process.env, PORT: '0' }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /preview: http:\/\/127\.0\.0\.1:(\d+)\//.exec(text);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`npm run preview exited early (${code}): ${text}`)));
  });
  // A browser keeps its connection open: the server must not wait for it to close.
  const keepAlive = (): void => {
    const socket = connect(port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n'));
    socket.on('error', () => undefined);
  };
  return { pid: child.pid!, port, keepAlive };
}

async function expectAllGone(pgid: number, port: number): Promise<void> {
  await expect.poll(() => groupMembers(pgid), { timeout: WAIT_MS, interval: 200 }).toEqual([]);
  expect(await portOpen(port)).toBe(false);
}

describe('npm run preview stops cleanly', () => {
  it('ends every child and frees the port on SIGTERM to npm', async () => {
    const { pid, port, keepAlive } = await startPreview();
    keepAlive();
    expect(await portOpen(port)).toBe(true);
    expect(groupMembers(pid).length).toBeGreaterThan(1);
    process.kill(pid, 'SIGTERM');
    await expectAllGone(pid, port);
  });

  it('ends every child and frees the port on Ctrl-C (SIGINT to the process group)', async () => {
    const { pid, port, keepAlive } = await startPreview();
    keepAlive();
    process.kill(-pid, 'SIGINT');
    await expectAllGone(pid, port);
  });
});
