// A PoE's name comes from outside (a partner's bundle, another workstation through the hub). When
// the PoE leaves the workstation (the system viewer's copy, a browser download) the name may choose
// neither a folder nor a program (issue 16, item 11).
import { describe, expect, it } from 'vitest';
import { documentFileName } from '../../shared/domain/document-file-name';

describe('a PoE\'s file name outside the workstation', () => {
  it('keeps no folder and takes its extension from the stored type, never from the name', () => {
    const cases: [string, string, string][] = [
      ['../../../evil.html', 'text/html', 'evil.bin'],
      ['../../../evil.html', 'application/pdf', 'evil.pdf'],
      ['..\\..\\Windows\\System32\\evil.pdf', 'application/pdf', 'Windows_System32_evil.pdf'],
      ['/etc/passwd', 'text/plain', 'etc_passwd.txt'],
      ['Signed SOW: final/v2.pdf', 'application/pdf', 'Signed SOW_ final_v2.pdf'],
      ['scan.pdf.exe', 'application/pdf', 'scan.pdf.pdf'],
      ['invoice.pdf', 'application/x-msdownload', 'invoice.bin'],
      ['photo', 'image/jpeg; charset=binary', 'photo.jpg'],
      ['.bashrc', 'text/plain', 'document.txt'],
      ['...', 'application/pdf', 'document.pdf'],
      ['', 'image/png', 'document.png'],
      ['CON.pdf', 'application/pdf', '_CON.pdf'],
      ['com1', 'application/pdf', '_com1.pdf'],
      ['Relevé signé (v2).pdf', 'application/pdf', 'Relevé signé (v2).pdf'],
      ['report\u202Efdp.exe', 'application/pdf', 'report_fdp.pdf'],
      ['a|b<c>d:e*f?"g.pdf', 'application/pdf', 'a_b_c_d_e_f_g.pdf'],
      ['name with trailing dots... .pdf', 'application/pdf', 'name with trailing dots.pdf'],
      [`${'x'.repeat(300)}.pdf`, 'application/pdf', `${'x'.repeat(80)}.pdf`],
    ];
    for (const [name, type, expected] of cases) expect(documentFileName(name, type), `${name} (${type})`).toBe(expected);
  });
});
