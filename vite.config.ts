// Builds the renderer (React) into dist/renderer with relative URLs, so the same files load
// from Electron's app:// protocol and from the browser host.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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

/**
 * V8 compiles a file marked this way on the thread that streams it in, instead of each function
 * on the main thread the first time it runs: a claim's first open would otherwise spend about
 * 15 ms compiling the claim screen and the viewer. Written into the files as they land (the
 * minifier drops comments, and Vite adds its own first line late); the source map moves down a
 * line with it. Not on the team charts, loaded on demand.
 */
function compileHints(): Plugin {
  return {
    name: 'cpor-compile-hints',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? dirname(options.file ?? '');
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.name === 'TeamCharts') continue;
        const file = resolve(dir, chunk.fileName);
        writeFileSync(file, `//# allFunctionsCalledOnLoad\n${readFileSync(file, 'utf8')}`);
        const mapFile = `${file}.map`;
        if (!existsSync(mapFile)) continue;
        const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { mappings: string };
        map.mappings = `;${map.mappings}`;
        writeFileSync(mapFile, JSON.stringify(map));
      }
    },
  };
}

export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  plugins: [react(), copyPdfjsAssets(), compileHints()],
  build: {
    outDir: resolve(root, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
