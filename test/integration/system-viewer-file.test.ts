// "Open with system viewer": only document and picture types leave the workstation, named from
// the stored type (never the file name's extension); the browser host refuses the call.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemViewerFile } from '../../main/services/documents';
import { createHandlers } from '../../main/services/handlers';
import { importBundle } from '../../main/services/import/import-bundle';
import { claimRow, tinyPdf, writeBundle } from '../fixtures/bundle';
import { type TempStore, tempStore } from '../fixtures/store';

let t: TempStore;

function documentIds(claimId: string): Record<string, string> {
  const rows = t.store.db.prepare('SELECT id, name FROM documents WHERE claim_id = ?').all(claimId) as { id: string; name: string }[];
  return Object.fromEntries(rows.map((r) => [r.name, r.id]));
}

beforeEach(async () => {
  t = tempStore();
  const bundle = await writeBundle(
    [
      claimRow({
        id: 'SV-1',
        documents: [
          { path: 'poe/a.pdf', name: 'Signed SOW: final/v2.pdf' },
          { path: 'poe/b.pdf', name: 'scan.pdf.exe' },
          { path: 'poe/c.bin', name: 'mystery.bin' },
          { path: 'poe/d.docx', name: 'Timesheet.docx' },
        ],
      }),
    ],
    {
      'poe/a.pdf': await tinyPdf('signed'),
      'poe/b.pdf': await tinyPdf('disguised'),
      'poe/c.bin': new Uint8Array([0x4d, 0x5a, 0x90, 0x00]),
      'poe/d.docx': new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
    },
  );
  await importBundle(t.ctx(), bundle);
});
afterEach(() => t.dispose());

describe('a PoE for the system viewer', () => {
  it('takes its extension from the stored type and a tidy name from the document', () => {
    const ids = documentIds('SV-1');
    const pdf = systemViewerFile(t.ctx(), ids['Signed SOW: final/v2.pdf']!);
    expect(pdf.fileName).toBe('Signed SOW_ final_v2.pdf');
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(systemViewerFile(t.ctx(), ids['scan.pdf.exe']!).fileName).toBe('scan.pdf.pdf');
    expect(systemViewerFile(t.ctx(), ids['Timesheet.docx']!).fileName).toBe('Timesheet.docx');
  });

  it('refuses a file of unknown type, which might run when opened', () => {
    const ids = documentIds('SV-1');
    expect(() => systemViewerFile(t.ctx(), ids['mystery.bin']!)).toThrow(/unknown type/);
    expect(() => systemViewerFile(t.ctx(), 'd_0000000000000000')).toThrow(/no document/);
  });

  it('is refused by the browser host, which cannot reach the operating system', () => {
    const ids = documentIds('SV-1');
    expect(() => createHandlers(t.ctx())['document.openExternal']({ id: ids['Timesheet.docx']! })).toThrow(/desktop app/);
  });
});
