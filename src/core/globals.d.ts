/** Replaced at build time with package.json's version (see build.mjs). */
declare const __APP_VERSION__: string;
