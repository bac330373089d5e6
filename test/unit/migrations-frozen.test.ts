// A migration is frozen: it runs the SQL it was written with, whatever the code becomes later. It
// may import the Migration type and nothing else (no table module, no domain rule), so an old
// store migrated today ends up as one migrated the day the migration was written.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../main/store/migrations';

const DIR = new URL('../../main/store/migrations/', import.meta.url);
const imports = (file: string) => [...readFileSync(new URL(file, DIR), 'utf8').matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gm)].map((m) => m[1]);

describe('migrations', () => {
  const files = readdirSync(DIR).filter((f) => /^\d{4}-.*\.ts$/.test(f));

  it('are one file each, named after the migration they hold', () => {
    expect(files.map((f) => f.replace(/\.ts$/, ''))).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it.each(files)('%s imports nothing but the Migration type', (file) => {
    expect(imports(file)).toEqual(['../migrate']);
    expect(readFileSync(new URL(file, DIR), 'utf8')).toMatch(/^import type \{ Migration \} from '\.\.\/migrate';$/m);
  });

  it('index.ts lists the migration files only', () => {
    expect(imports('index.ts').filter((i) => i !== '../migrate')).toEqual(files.map((f) => `./${f.replace(/\.ts$/, '')}`));
  });
});
