// `npm run preview`: build, then serve the real panel on a bundled sample flow.
// Ctrl-C, SIGTERM and SIGHUP stop everything: the build child if it is still running, open
// browser connections and the server, so the port is free again when the command returns.
// It also stops when whoever started it goes away (npm killed outright leaves no server behind).
import { spawn } from 'node:child_process';
import { startPreviewServer } from './preview-server.mjs';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let server = null;
let build = null;
let stopping = false;

async function stop(reason, code) {
  if (stopping) return;
  stopping = true;
  if (build && build.exitCode === null) build.kill('SIGTERM');
  if (server) await server.close();
  if (reason) console.log(`\nPreview stopped (${reason}).`);
  process.exit(code);
}

for (const signal of SIGNALS) process.on(signal, () => void stop(signal, 0));

const startedBy = process.ppid;
// Orphaned (the parent died without passing a signal on): nobody can stop us any more, so stop.
setInterval(() => {
  if (process.ppid !== startedBy) void stop('its parent process ended', 0);
}, 1000).unref();

const buildStatus = await new Promise((resolve) => {
  build = spawn(process.execPath, ['build.mjs'], { stdio: 'inherit', cwd: new URL('..', import.meta.url) });
  build.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  build.on('error', () => resolve(1));
});
build = null;
if (buildStatus !== 0) process.exit(buildStatus);
if (stopping) process.exit(0);

const wanted = Number(process.env.PORT ?? 4173);
try {
  server = await startPreviewServer({ port: wanted });
} catch (error) {
  if (error && error.code === 'EADDRINUSE') server = await startPreviewServer({ port: 0 });
  else throw error;
}
console.log(`Auth Flow Review preview: ${server.url}  (sample: ${server.url}?sample=weak for the weak flow; Ctrl+C to stop)`);
