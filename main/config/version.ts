// Replaced at build time by esbuild's define; the fallback keeps tests that import sources working.
declare const __CPOR_VERSION__: string | undefined;
export const APP_VERSION: string = typeof __CPOR_VERSION__ === 'string' ? __CPOR_VERSION__ : '0.0.0-dev';
