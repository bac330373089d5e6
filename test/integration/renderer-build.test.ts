// The renderer is built for production whoever starts the build: Vitest's global set-up builds it
// with NODE_ENV=test, and `npm start`, the e2e suite and the bench then use what it built. React's
// development build checks every render and was a fifth of a queue scroll's script time.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures/cli';

describe('the built renderer', () => {
  it('bundles React for production, even when a test runner built it', () => {
    const assets = join(ROOT, 'dist', 'renderer', 'assets');
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const code = scripts.map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
    // Only React's development build carries these: its key warning and its owner-stack tasks.
    expect(code).toContain('react');
    expect(code).not.toContain('Each child in a list should have a unique');
    expect(code).not.toMatch(/\bjsxDEV\b/);
  });
});
