/**
 * Each CLI test file bundles its own copy of the CLI entry into its scratch folder, so no
 * file races another one rebuilding dist/cli.js while it runs.
 */
import * as esbuild from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function buildCliInto(outfile: string): Promise<void> {
  await esbuild.build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    define: { __APP_VERSION__: '"test"' },
  });
}
