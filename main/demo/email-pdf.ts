// A printed e-mail, the second most common PoE: either the customer confirming the work
// (with a signed acceptance), or only the partner's own summary sent to the customer.
import { rgb } from 'pdf-lib';
import { mpnId, type DemoClaim, type DocumentPlan } from './claims';
import { formatEmailSent } from './dates';
import { CONTENT_WIDTH, Composer, INK, MARGIN_X, PAGE_HEIGHT, embedFonts, newDocument, type Block } from './pdf-layout';
import { capitalise, disclosure, workItems } from './poe-text';
import { Random } from './random';
import { SIGNATURE_BLOCK_HEIGHT, customerAcceptance } from './signature';
import type { WrittenDocument } from './sow-pdf';

const DISCLAIMER =
  'This message and any attachments are confidential and intended only for the named recipients. If you received it in error, please tell the sender and delete it. Any views expressed are those of the author and do not bind the company unless confirmed in a signed document. Messages sent to and from this address may be monitored for security and compliance purposes.';

export async function writeEmailPdf(claim: DemoClaim, plan: DocumentPlan): Promise<WrittenDocument> {
  const rng = new Random(plan.seed);
  const { partner, customer, partnerContact } = claim;
  const fromCustomer = plan.signature;
  const sender = fromCustomer ? plan.signer : partnerContact;
  const recipient = fromCustomer ? partnerContact : plan.signer;
  const subject = fromCustomer
    ? `RE: Confirmation of services \u2013 ${partner.name}`
    : `Summary of services delivered \u2013 ${customer.name}`;

  const doc = await newDocument(subject, sender.name, plan.producedAt);
  const fonts = await embedFonts(doc, false);
  const composer = new Composer(doc, fonts, { accent: rgb(0.1, 0.1, 0.12), bodySize: 10, leading: 14 }, () => {});

  // Printed from the partner's mailbox, as partners do when they upload PoE.
  const page = composer.newPage();
  page.text(partnerContact.name, { x: MARGIN_X, y: PAGE_HEIGHT - 60, size: 13, font: fonts.bold, color: INK });
  page.line({ start: { x: MARGIN_X, y: PAGE_HEIGHT - 68 }, end: { x: MARGIN_X + CONTENT_WIDTH, y: PAGE_HEIGHT - 68 }, thickness: 2, color: INK });
  composer.y = PAGE_HEIGHT - 80;

  const header: [string, string][] = [['From:', `${sender.name} <${sender.email}>`]];
  if (plan.date) header.push(['Sent:', formatEmailSent(plan.date)]);
  header.push(['To:', `${recipient.name} <${recipient.email}>`]);
  if (rng.chance(0.4)) header.push(['Cc:', `${partner.name} Incentives <incentives@${partner.domain}>`]);
  header.push(['Subject:', subject]);
  composer.add([{ kind: 'fields', rows: header, dates: plan.date ? [plan.date] : [] }]);
  const rule = composer.current();
  rule.line({ start: { x: MARGIN_X, y: composer.y + 2 }, end: { x: MARGIN_X + CONTENT_WIDTH, y: composer.y + 2 }, thickness: 0.5, color: rgb(0.75, 0.75, 0.78) });
  composer.y -= 10;

  const products = plan.named.map((n) => n.as);
  const forProducts = products.length > 0 ? ` for ${products.join(', ')}` : '';
  const tenant = `tenant ${customer.tenantId}, ${customer.domain}`;
  const items = plan.services ? workItems(claim, plan, rng).map((t) => `${capitalise(t)}.`) : [];
  const body: Block[] = [];
  if (fromCustomer) {
    body.push({ kind: 'paragraph', text: `Hello ${partnerContact.first},` });
    if (plan.services) {
      body.push({ kind: 'paragraph', text: `On behalf of ${customer.name}, I confirm that ${partner.name} (MPN ID ${mpnId(partner)}) delivered the following services for our organisation (${tenant}):` });
      body.push({ kind: 'bullets', items });
      body.push({ kind: 'paragraph', text: 'We are satisfied with the work and accept it as complete. The signed acceptance is below.' });
    } else {
      body.push({ kind: 'paragraph', text: `On behalf of ${customer.name} (${tenant}), I confirm that ${partner.name} (MPN ID ${mpnId(partner)}) is our technology services provider${forProducts}. The signed acceptance is below.` });
    }
    body.push({ kind: 'paragraph', text: 'Kind regards,' });
  } else {
    body.push({ kind: 'paragraph', text: `Hello ${plan.signer.first},` });
    if (plan.services) {
      body.push({ kind: 'paragraph', text: `Thank you for your time on our call. As discussed, here is a summary of the work ${partner.name} delivered for ${customer.name} (${tenant}):` });
      body.push({ kind: 'bullets', items });
      body.push({ kind: 'paragraph', text: 'Please let me know if anything is missing or needs correcting.' });
    } else {
      body.push({ kind: 'paragraph', text: `Thank you for choosing ${partner.name}. We look forward to continuing our work with ${customer.name}${forProducts}.` });
    }
    body.push({ kind: 'paragraph', text: 'Best regards,' });
  }
  const org = fromCustomer ? customer.name : partner.name;
  body.push({ kind: 'paragraph', text: `${sender.name}\n${sender.title}` });
  body.push({ kind: 'paragraph', text: `${org} | ${sender.phone}`, muted: true });
  if (plan.publicSectorDisclosure) body.push({ kind: 'paragraph', boldLead: 'Public Sector Disclosure:', text: disclosure(claim) });
  composer.add(body);

  if (plan.signature) {
    composer.ensure(SIGNATURE_BLOCK_HEIGHT + 10);
    const signed = customerAcceptance(composer.current(), fonts, claim, plan, rng, MARGIN_X, composer.y - 6);
    if (signed) composer.dates.push(signed);
    composer.y -= SIGNATURE_BLOCK_HEIGHT;
  }

  if (plan.targetPages > 1) {
    // A longer print-out: the partner's original request quoted below, and the mail disclaimer.
    composer.add([
      { kind: 'space', height: 10 },
      { kind: 'subheading', text: '-----Original Message-----' },
      { kind: 'fields', rows: [['From:', `${partnerContact.name} <${partnerContact.email}>`], ['To:', `${plan.signer.name} <${plan.signer.email}>`], ['Subject:', 'Confirmation of services']] },
      { kind: 'paragraph', text: `Hello ${plan.signer.first},` },
      { kind: 'paragraph', text: 'As part of our partner programme obligations, we need a short written confirmation from you that our engagement took place. Could you reply to this message to confirm it? A brief reply is enough.' },
      { kind: 'paragraph', text: `Many thanks,\n${partnerContact.name}` },
      { kind: 'space', height: 10 },
      { kind: 'paragraph', text: DISCLAIMER, muted: true },
    ]);
  }

  composer.finish(subject);
  const bytes = await doc.save({ useObjectStreams: false });
  return { bytes, pages: composer.pageCount, dates: composer.dates };
}
