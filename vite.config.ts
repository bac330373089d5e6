// Builds the renderer (React) into dist/renderer with relative URLs, so the same files load
// from Electron's app:// protocol and from the browser host.
import { cpSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;

/** pdf.js fetches character maps, standard font data and wasm decoders at run time. */
function copyPdfjsAssets(): Plugin {
  return {
    name: 'cpor-copy-pdfjs-assets',
    apply: 'build',
    closeBundle() {
      for (const dir of ['cmaps', 'iccs', 'standard_fonts', 'wasm']) {
        const from = resolve(root, 'node_modules/pdfjs-dist', dir);
        if (existsSync(from)) cpSync(from, resolve(root, 'dist/renderer/pdfjs', dir), { recursive: true });
      }
    },
  };
}

export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  plugins: [react(), copyPdfjsAssets()],
  build: {
    outDir: resolve(root, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
