import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CPOR = join(ROOT, 'bin', 'cpor.mjs');
export const E2E_CACHE = join(ROOT, 'test-results', 'e2e-cache');
export const DEMO_BUNDLE = join(E2E_CACHE, 'demo-bundle');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
