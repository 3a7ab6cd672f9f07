// `npm run preview`: build, then serve the real panel on a bundled sample flow.
import { spawnSync } from 'node:child_process';
import { startPreviewServer } from './preview-server.mjs';

const build = spawnSync(process.execPath, ['build.mjs'], { stdio: 'inherit', cwd: new URL('..', import.meta.url) });
if (build.status !== 0) process.exit(build.status ?? 1);

const wanted = Number(process.env.PORT ?? 4173);
let server;
try {
  server = await startPreviewServer({ port: wanted });
} catch (error) {
  if (error && error.code === 'EADDRINUSE') server = await startPreviewServer({ port: 0 });
  else throw error;
}
console.log(`Auth Flow Review preview: ${server.url}  (sample: ${server.url}?sample=weak for the weak flow; Ctrl+C to stop)`);
