// Makes sure Debian's Chromium is there for the end-to-end tests: installs it with apt
// when missing (as root), otherwise stops with the one-line fix. Never skips silently.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './chromium-path.mjs';

const path = chromiumPath();
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
  console.log('Chromium is missing: installing it with apt-get (Debian package "chromium")…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env }) : update;
  if (install.status === 0 && existsSync(path)) process.exit(0);
}
console.error(`Chromium not found at ${path}. Fix: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
process.exit(1);
