// The deficiency checklist, the pre-check's proposals and evidence, per-product support.
export const checklist = {
  title: 'Deficiency checklist',
  saving: 'Saving…',
  closed: 'Closed',
  readOnly: 'Read only',
  none: 'None ticked',
  ticked_one: '{{count}} ticked · saved',
  ticked_other: '{{count}} ticked · saved',
  closedNotice: 'The checklist of a closed claim cannot change.',
  precheck: {
    changed: 'The claim changed since its PoE was pre-checked.',
    never: 'The PoE has not been pre-checked yet.',
    running: 'Pre-checking…',
    run: 'Run pre-check',
    /** While it runs: a scan's page read by OCR, or files done. */
    ocrPage: 'Reading page {{page}} of {{pages}} by OCR: {{name}}',
    files: 'Pre-checking: {{done}} of {{count}} files done',
    failed: 'The pre-check could not run: {{message}}',
    deficient: 'Pre-check proposes: deficient',
    fine: 'Pre-check found no problem',
    from: 'from <files/>',
    differs: 'differs from your tick',
  },
  evidence: {
    label: 'Evidence for {{item}}',
    show: 'Show page {{page}} and highlight the words',
    showIn: 'Show page {{page}} of {{document}} and highlight the words',
    page: 'p. {{page}}',
    /** Evidence about the whole file, on no page (a digital signature drawn nowhere). */
    wholeFile: 'whole file',
    /** Beside evidence read from a scan. */
    ocr: 'OCR {{confidence}}%',
    ocrHint: 'Read by OCR from a page without a text layer (the engine\u2019s confidence): check the words on the page',
    /** Under a digital signature's evidence: what its check says, plainly. */
    digital: {
      intact: 'Signed by {{signer}} on {{date}}. The document is unchanged since signing; the certificate was not checked against a trust list.',
      'later-changes': 'Signed by {{signer}} on {{date}}, but the document was changed after signing: revisions added later are not covered by the signature.',
      altered: 'Signed by {{signer}} on {{date}}, but the document was changed after signing: the signed content no longer matches.',
      'signature-invalid': 'Signed in the name of {{signer}}, but the signature does not verify with its own certificate: treat the document as changed after signing.',
      unverifiable: 'A digital signature that could not be checked: look at it by eye.',
      someone: 'an unnamed signer',
      undated: 'an unknown date',
    },
  },
  duplicatePoe: {
    title: 'A PoE of this claim is also on a claim for another customer or partner',
    alsoOn: 'is also the PoE of',
    nearlyAs: 'has nearly the same text ({{percent}}% of its wording) as the PoE of',
  },
  products: {
    question: 'Does the PoE support each product?',
    judged: '{{judged}} of {{total}} judged',
    none: 'The claim names no product.',
    found: 'found',
    excluded: 'excluded',
    notFound: 'not found',
    show: 'Show page {{page}} and highlight {{words}}',
    group: 'Does the PoE support {{product}}?',
    supports: 'The PoE supports {{product}}',
    lacks: 'The PoE does not support {{product}}: opens {{item}}',
  },
};
