// CSS is bundled by esbuild (imported for its side effect) and inlined into ui.html.
declare module '*.css';
