// Statement of Work and change order PDFs: letterhead, parties, scope of services, later
// sections until the planned length, then the public sector disclosure and the signatures.
import { rgb } from 'pdf-lib';
import type { Canvas } from './canvas';
import { mpnId, type DemoClaim, type DocumentPlan } from './claims';
import {
  CONTENT_WIDTH,
  Composer,
  INK,
  MARGIN_X,
  MUTED,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  embedFonts,
  newDocument,
  textWidth,
  wrap,
  type Block,
  type Fonts,
} from './pdf-layout';
import { background, dateText, disclosure, engagementWithoutServices, laterSections, projectTitle, scopeSentences, workItems } from './poe-text';
import { Random } from './random';
import { SIGNATURE_BLOCK_HEIGHT, customerAcceptance } from './signature';

export interface WrittenDocument {
  bytes: Uint8Array;
  pages: number;
  /** The dates the document shows; a planned date can be left out when its section is. */
  dates: Date[];
}

export async function writeSowPdf(claim: DemoClaim, plan: DocumentPlan): Promise<WrittenDocument> {
  const rng = new Random(plan.seed);
  const { partner, customer } = claim;
  const changeOrder = plan.kind === 'change-order';
  const title = changeOrder ? 'Change Order' : 'Statement of Work';

  const doc = await newDocument(`${title} \u2013 ${customer.name}`, partner.name, plan.producedAt);
  const fonts = await embedFonts(doc, partner.serif);
  const accent = rgb(...partner.accent);
  const style = partner.serif ? { accent, bodySize: 10.5, leading: 14 } : { accent, bodySize: 9.8, leading: 14 };
  const composer = new Composer(doc, fonts, style, (page) => runningHeader(page, fonts, claim, title));

  const page = composer.newPage();
  composer.y = letterhead(page, fonts, claim);
  page.text(title, { x: MARGIN_X, y: composer.y - 26, size: 22, font: fonts.bold, color: INK });
  page.text(projectTitle(claim, plan, rng), { x: MARGIN_X, y: composer.y - 46, size: 12.5, font: fonts.sans, color: MUTED });
  composer.y -= 64;

  const fields: [string, string][] = [[changeOrder ? 'Change order no.:' : 'SOW reference:', reference(claim, rng)]];
  if (plan.date) fields.push(['Effective date:', dateText(plan, plan.date)]);
  fields.push(['Version:', rng.pick(['1.0', '1.1', '2.0', 'Final'])]);
  composer.add([{ kind: 'fields', rows: fields, dates: plan.date ? [plan.date] : [] }]);
  parties(composer, claim);

  let n = 1;
  const opening: Block[] = [];
  if (plan.services) {
    opening.push({ kind: 'heading', text: `${n++}. ${changeOrder ? 'Purpose' : 'Background'}` });
    opening.push({ kind: 'paragraph', text: background(claim, rng, changeOrder) });
    opening.push({ kind: 'heading', text: `${n++}. ${changeOrder ? 'Additional scope of services' : 'Scope of services'}` });
    const sentences = scopeSentences(claim, workItems(claim, plan, rng), rng);
    // Long scopes read better as two paragraphs.
    const cut = sentences.length > 3 ? Math.ceil(sentences.length / 2) : sentences.length;
    opening.push({ kind: 'paragraph', text: sentences.slice(0, cut).join(' ') });
    if (cut < sentences.length) opening.push({ kind: 'paragraph', text: sentences.slice(cut).join(' ') });
  } else {
    opening.push({ kind: 'heading', text: `${n++}. Engagement` });
    opening.push({ kind: 'paragraph', text: engagementWithoutServices(claim, plan) });
  }
  composer.add(opening);

  // Closing numbers are fixed up front so measuring and drawing agree.
  const sections = laterSections(claim, plan, rng, n);
  const closing = (num: number): Block[] => {
    const blocks: Block[] = [];
    let k = num;
    if (plan.publicSectorDisclosure) {
      blocks.push({ kind: 'heading', text: `${k++}. Public Sector Disclosure` }, { kind: 'paragraph', text: disclosure(claim) });
    }
    if (plan.signature) {
      blocks.push(
        { kind: 'heading', text: `${k++}. Acceptance` },
        {
          kind: 'paragraph',
          text: plan.services
            ? `By signing below, the customer accepts the services described in this ${changeOrder ? 'change order' : 'Statement of Work'} and confirms that they were performed by ${partner.name}.`
            : `By signing below, the parties agree to the terms of this ${changeOrder ? 'change order' : 'document'}.`,
        },
      );
    }
    return blocks;
  };
  const closingHeight = (num: number): number =>
    composer.measure(closing(num)) + (plan.signature ? SIGNATURE_BLOCK_HEIGHT : 40);

  for (let next = sections.next(); !next.done; next = sections.next()) {
    const blocks = next.value;
    const headingCount = blocks.filter((b) => b.kind === 'heading').length;
    if (composer.pageCount >= plan.targetPages) {
      // On the last planned page: add only what still fits with the closing.
      if (composer.measure(blocks) + closingHeight(n + headingCount) > composer.remaining()) break;
    }
    composer.add(blocks);
    n += headingCount;
  }

  const end = closing(n);
  composer.ensure(Math.min(closingHeight(n), 400));
  composer.add(end);
  if (plan.signature) {
    signatureBlock(composer, fonts, claim, plan, rng);
  } else if (rng.chance(0.4)) {
    composer.add([{ kind: 'space', height: 8 }, { kind: 'fields', rows: [['Prepared by:', `${claim.partnerContact.name}, ${claim.partnerContact.title}, ${partner.name}`]] }]);
  }

  composer.finish(`${partner.name} \u2013 Confidential`);
  const bytes = await doc.save({ useObjectStreams: false });
  return { bytes, pages: composer.pageCount, dates: composer.dates };
}

function reference(claim: DemoClaim, rng: Random): string {
  const initials = claim.partner.name
    .split(/\s+/)
    .map((w) => w.charAt(0))
    .join('')
    .replace(/[^A-Z]/g, '')
    .slice(0, 3);
  // Five digits and a letter: never mistaken for a year or a date.
  return `${initials || 'SOW'}-${rng.int(10_000, 99_999)}-${rng.pick(['A', 'B', 'C'])}`;
}

/** Draws the first-page letterhead; returns the y where content starts. */
function letterhead(page: Canvas, fonts: Fonts, claim: DemoClaim): number {
  const { partner } = claim;
  const accent = rgb(...partner.accent);
  const web = `www.${partner.domain}`;
  if (partner.banner) {
    page.rect({ x: 0, y: PAGE_HEIGHT - 62, width: PAGE_WIDTH, height: 62, color: accent });
    const white = rgb(1, 1, 1);
    page.text(partner.name, { x: MARGIN_X, y: PAGE_HEIGHT - 32, size: 15, font: fonts.bold, color: white });
    page.text(partner.address, { x: MARGIN_X, y: PAGE_HEIGHT - 48, size: 8.5, font: fonts.sans, color: white });
    page.text(web, { x: PAGE_WIDTH - MARGIN_X - textWidth(fonts.sans, web, 8.5), y: PAGE_HEIGHT - 32, size: 8.5, font: fonts.sans, color: white });
    return PAGE_HEIGHT - 84;
  }
  page.text(partner.name, { x: MARGIN_X, y: PAGE_HEIGHT - 50, size: 15, font: fonts.bold, color: accent });
  page.text(partner.address, { x: MARGIN_X, y: PAGE_HEIGHT - 64, size: 8.5, font: fonts.sans, color: MUTED });
  page.text(web, { x: PAGE_WIDTH - MARGIN_X - textWidth(fonts.sans, web, 8.5), y: PAGE_HEIGHT - 50, size: 8.5, font: fonts.sans, color: MUTED });
  page.line({ start: { x: MARGIN_X, y: PAGE_HEIGHT - 74 }, end: { x: PAGE_WIDTH - MARGIN_X, y: PAGE_HEIGHT - 74 }, thickness: 1.5, color: accent });
  return PAGE_HEIGHT - 88;
}

function runningHeader(page: Canvas, fonts: Fonts, claim: DemoClaim, title: string): void {
  const right = `${title} \u2013 ${claim.customer.name}`;
  page.text(claim.partner.name, { x: MARGIN_X, y: PAGE_HEIGHT - 44, size: 9, font: fonts.bold, color: rgb(...claim.partner.accent) });
  page.text(right, { x: PAGE_WIDTH - MARGIN_X - textWidth(fonts.sans, right, 8), y: PAGE_HEIGHT - 44, size: 8, font: fonts.sans, color: MUTED });
  page.line({ start: { x: MARGIN_X, y: PAGE_HEIGHT - 52 }, end: { x: PAGE_WIDTH - MARGIN_X, y: PAGE_HEIGHT - 52 }, thickness: 0.5, color: rgb(0.8, 0.8, 0.83) });
}

/** Two boxes side by side: who does the work, and for whom. */
function parties(composer: Composer, claim: DemoClaim): void {
  const { fonts } = composer;
  const gap = 14;
  const w = (CONTENT_WIDTH - gap) / 2;
  const pad = 9;
  const columns: { label: string; name: string; lines: string[] }[] = [
    {
      label: 'SERVICE PROVIDER',
      name: claim.partner.name,
      lines: [`MPN ID: ${mpnId(claim.partner)}`, `${claim.partnerContact.name}, ${claim.partnerContact.title}`, claim.partnerContact.email],
    },
    {
      label: 'CUSTOMER',
      name: claim.customer.name,
      lines: [
        `Tenant ID: ${claim.customer.tenantId}`,
        `Domain: ${claim.customer.domain}`,
        ...(claim.customer.contact ? [`${claim.customer.contact.name}, ${claim.customer.contact.title}`] : []),
      ],
    },
  ];
  const laid = columns.map((c) => ({
    ...c,
    nameLines: wrap(fonts.bold, c.name, 10.5, w - 2 * pad),
    bodyLines: c.lines.flatMap((l) => wrap(fonts.sans, l, 8.6, w - 2 * pad)),
  }));
  const height = Math.max(...laid.map((c) => 14 + c.nameLines.length * 13 + c.bodyLines.length * 11.5)) + 2 * pad;
  composer.ensure(height + 8);
  const page = composer.current();
  const top = composer.y;
  laid.forEach((c, i) => {
    const x = MARGIN_X + i * (w + gap);
    page.rect({ x, y: top - height, width: w, height, color: rgb(0.975, 0.977, 0.985), borderColor: rgb(0.82, 0.83, 0.86), borderWidth: 0.75 });
    let y = top - pad - 8;
    page.text(c.label, { x: x + pad, y, size: 7.5, font: fonts.bold, color: composer.style.accent });
    y -= 14;
    for (const t of c.nameLines) {
      page.text(t, { x: x + pad, y, size: 10.5, font: fonts.bold, color: INK });
      y -= 13;
    }
    for (const t of c.bodyLines) {
      page.text(t, { x: x + pad, y, size: 8.6, font: fonts.sans, color: INK });
      y -= 11.5;
    }
  });
  composer.y = top - height - 8;
}

function signatureBlock(composer: Composer, fonts: Fonts, claim: DemoClaim, plan: DocumentPlan, rng: Random): void {
  composer.ensure(SIGNATURE_BLOCK_HEIGHT);
  const page = composer.current();
  const top = composer.y - 6;
  const left = MARGIN_X;
  page.text('For the service provider', { x: left, y: top - 10, size: 8.5, font: fonts.bold, color: MUTED });
  page.text(claim.partner.name, { x: left, y: top - 26, size: 9.5, font: fonts.bold, color: INK });
  page.text(`Name: ${claim.partnerContact.name}`, { x: left, y: top - 42, size: 9.5, font: fonts.sans, color: INK });
  page.text(`Title: ${claim.partnerContact.title}`, { x: left, y: top - 57, size: 9.5, font: fonts.sans, color: INK });
  const signed = customerAcceptance(page, fonts, claim, plan, rng, MARGIN_X + CONTENT_WIDTH / 2 + 10, top);
  if (signed) composer.dates.push(signed);
  composer.y = top - SIGNATURE_BLOCK_HEIGHT + 4;
}
