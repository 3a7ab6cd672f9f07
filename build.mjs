// Builds the plugin (dist/code.js + one self-contained dist/ui.html), the CLI (dist/cli.js)
// and the browser preview (dist/preview/). Usage:
//   node build.mjs            production: minified, no source maps
//   node build.mjs --dev      development: readable, inline source maps
//   node build.mjs --watch    rebuild on change (implies --dev)
//   node build.mjs --cli-only only the CLI (what `npm run audit` needs)
import * as esbuild from 'esbuild';
import { mkdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const dev = watch || args.has('--dev');
const cliOnly = args.has('--cli-only');
const dist = join(root, 'dist');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  minify: !dev,
  sourcemap: dev ? 'inline' : false,
  legalComments: 'none',
  logLevel: 'warning',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
};

/** Inline the panel's JS and CSS into the HTML template: Figma loads ui.html as one string. */
function inlineUi(template, js, css) {
  // A literal "</script" inside the bundle would end the inline script early.
  const safeJs = js.replace(/<\/script/gi, '<\\/script');
  const safeCss = css.replace(/<\/style/gi, '<\\/style');
  return template
    .replace('/*__UI_CSS__*/', () => safeCss)
    .replace('/*__UI_JS__*/', () => safeJs);
}

const sandboxOptions = {
  ...common,
  entryPoints: [join(root, 'src/sandbox/main.ts')],
  outfile: join(dist, 'code.js'),
  // The plugin sandbox runs an older JS engine: no object spread/rest, no optional catch binding.
  target: 'es2017',
  format: 'iife',
  platform: 'neutral',
  mainFields: ['module', 'main'],
};

const uiOptions = {
  ...common,
  entryPoints: [join(root, 'ui/main.tsx')],
  outdir: join(dist, 'ui-tmp'),
  target: 'es2020',
  format: 'iife',
  platform: 'browser',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  write: false,
  loader: { '.css': 'css' },
};

const cliOptions = {
  ...common,
  entryPoints: [join(root, 'src/cli/main.ts')],
  outfile: join(dist, 'cli.js'),
  target: 'node20',
  format: 'esm',
  platform: 'node',
  minify: false,
  banner: { js: "import { createRequire as __afrCreateRequire } from 'node:module'; const require = __afrCreateRequire(import.meta.url);" },
};

const previewOptions = {
  ...common,
  entryPoints: [join(root, 'preview/host.ts')],
  outfile: join(dist, 'preview/host.js'),
  target: 'es2020',
  format: 'iife',
  platform: 'browser',
  loader: { '.json': 'json' },
};

async function writeUi(result) {
  const template = await readFile(join(root, 'ui/index.html'), 'utf8');
  const js = result.outputFiles.filter((f) => f.path.endsWith('.js')).map((f) => f.text).join('\n');
  const css = result.outputFiles.filter((f) => f.path.endsWith('.css')).map((f) => f.text).join('\n');
  await writeFile(join(dist, 'ui.html'), inlineUi(template, js, css));
}

async function copyPreviewPage() {
  await mkdir(join(dist, 'preview'), { recursive: true });
  await copyFile(join(root, 'preview/index.html'), join(dist, 'preview/index.html'));
}

await mkdir(dist, { recursive: true });

if (cliOnly) {
  await esbuild.build(cliOptions);
} else if (watch) {
  const uiPlugin = {
    name: 'inline-ui',
    setup(build) {
      build.onEnd(async (result) => {
        if (result.errors.length === 0) await writeUi(result);
      });
    },
  };
  const contexts = await Promise.all([
    esbuild.context(sandboxOptions),
    esbuild.context({ ...uiOptions, plugins: [uiPlugin] }),
    esbuild.context(cliOptions),
    esbuild.context(previewOptions),
  ]);
  await copyPreviewPage();
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching for changes…');
} else {
  const [, ui] = await Promise.all([
    esbuild.build(sandboxOptions),
    esbuild.build(uiOptions),
    esbuild.build(cliOptions),
    esbuild.build(previewOptions),
    copyPreviewPage(),
  ]);
  await writeUi(ui);
}
