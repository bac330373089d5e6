// Claim records for a demo bundle, and for each PoE document the facts it will show
// (signature, dates, products, ...). Deciding the facts here, before any PDF is drawn, is
// what lets truth.json say exactly what each document contains.
import type { BundleClaimInput } from '../../shared/api/bundle';
import type { PolicyId, ProductFamily } from '../../shared/domain/codes';
import { CustomerDirectory, type CustomerIdentity } from './customers';
import { addDays, isoSeconds, pickDateStyle, utcDayStart, weekdayOnOrBefore, type DateStyle } from './dates';
import {
  CUSTOMER_SIGNER_TITLES,
  PARTNERS,
  PARTNER_TITLES,
  PUBLIC_SECTOR_SIGNER_TITLES,
  emailFor,
  person,
  phoneFor,
  type Partner,
  type Person,
} from './names';
import { ACTIVITIES, PRODUCTS_BY_FAMILY, productByName } from './products';
import { Random } from './random';
import { clocksWanted, hasReviewClock, pinReviewClock, reviewClockIs } from './pin-clock';
import { planStory, type Story } from './story';

export type DocumentKind = 'sow' | 'change-order' | 'email' | 'scan';

export interface Contact extends Person {
  title: string;
  email: string;
  phone: string;
}

export interface Customer extends CustomerIdentity {
  tenantId: string;
  subscriptionId: string | null;
  contact: Contact | null;
}

export interface Sizes {
  users: number;
  devices: number;
  mailboxes: number;
  gb: number;
  records: number;
}

export interface DocumentPlan {
  kind: DocumentKind;
  path: string;
  name: string;
  /** Seeds the writer's own choices (wording, layout), independent of other documents. */
  seed: number;
  signature: boolean;
  services: boolean;
  publicSectorDisclosure: boolean | null;
  /** The claimed products this document names, and the spelling it uses for each. */
  named: { product: string; as: string }[];
  dateStyle: DateStyle;
  /** Effective date of a SOW, sent date of an e-mail; null when the document is undated. */
  date: Date | null;
  signedDate: Date | null;
  startDate: Date | null;
  oldDate: boolean;
  targetPages: number;
  signer: Contact;
  /** PDF metadata time: shortly before submission, so it never leaks the generator's clock. */
  producedAt: Date;
}

export interface DemoClaim {
  record: BundleClaimInput;
  partner: Partner;
  partnerContact: Contact;
  customer: Customer;
  family: ProductFamily;
  products: string[];
  submittedAt: Date;
  sizes: Sizes;
  documents: DocumentPlan[];
  /** Where the claim is in its life (see story.ts); its events are in record.events. */
  story: Story;
}

/** Staff are per partner, not per bundle, so a partner's people stay the same across seeds. */
function partnerContact(partner: Partner, rng: Random): Contact {
  const staff = Random.derive('partner-staff', partner.name, rng.int(0, 2));
  const p = person(staff, partner.country);
  return {
    ...p,
    title: staff.pick(PARTNER_TITLES),
    email: emailFor(p, partner.domain),
    phone: phoneFor(staff, partner.country),
  };
}

function customerContact(rng: Random, c: CustomerIdentity): Contact {
  const p = person(rng, c.country);
  return {
    ...p,
    title: rng.pick(c.publicSector ? PUBLIC_SECTOR_SIGNER_TITLES : CUSTOMER_SIGNER_TITLES),
    email: emailFor(p, c.domain),
    phone: phoneFor(rng, c.country),
  };
}

function sizes(rng: Random): Sizes {
  // Organisation sizes spread over two orders of magnitude, rounded like people quote them.
  const users = Math.round(Math.exp(rng.next() * Math.log(4000 / 40)) * 40 / 10) * 10;
  return {
    users,
    devices: Math.round((users * (0.8 + rng.next() * 0.4)) / 10) * 10,
    mailboxes: Math.round((users * (0.9 + rng.next() * 0.2)) / 10) * 10,
    gb: rng.int(5, 200) * 10,
    records: rng.int(4, 250) * 1000,
  };
}

function targetPages(rng: Random, kind: DocumentKind): number {
  if (kind === 'email') return rng.chance(0.85) ? 1 : 2;
  if (kind === 'scan') return 1;
  // Skewed to short documents; about one in ten is a long SOW with appendices.
  // The closing block may spill onto up to two more pages: plan at most 18 so no PoE exceeds 20.
  const pages = rng.weighted<number>([[1, 28], [2, 20], [3, 17], [4, 13], [5, 5], [6, 4], [7, 3], [0, 10]]);
  return pages === 0 ? rng.int(8, 18) : pages;
}

interface PlanInput {
  kind: DocumentKind;
  path: string;
  name: string;
  seed: number;
  claim: Omit<DemoClaim, 'documents' | 'record' | 'story'>;
}

function planDocument({ kind, path, name, seed, claim }: PlanInput): DocumentPlan {
  const rng = new Random(seed);
  const submittedDay = utcDayStart(claim.submittedAt);
  const signer = claim.customer.contact ?? customerContact(rng, claim.customer);
  const producedAt = new Date(claim.submittedAt.getTime() - rng.int(60, 72 * 60) * 60_000);
  const dateStyle = pickDateStyle(rng, claim.customer.country);

  if (kind === 'scan') {
    // A picture of a page: nothing in it can be read without OCR.
    return {
      kind, path, name, seed, signature: false, services: false,
      publicSectorDisclosure: claim.customer.publicSector ? false : null,
      named: [], dateStyle, date: null, signedDate: null, startDate: null, oldDate: false,
      targetPages: 1, signer, producedAt,
    };
  }

  const signature = rng.chance(kind === 'sow' ? 0.72 : kind === 'email' ? 0.5 : 0.6);
  const services = rng.chance(kind === 'sow' ? 0.93 : kind === 'email' ? 0.8 : 0.9);
  const dated = rng.chance(kind === 'email' ? 0.9 : 0.85);
  const oldDate = dated && rng.chance(0.15);
  const publicSectorDisclosure = claim.customer.publicSector ? rng.chance(0.65) : null;

  let date: Date | null = null;
  let signedDate: Date | null = null;
  let startDate: Date | null = null;
  if (dated) {
    // Old documents are 13+ months before submission, recent ones under 11: nothing sits on
    // the 12-month boundary, so the truth is unambiguous.
    // Business documents are dated on weekdays; moving back to Friday keeps every date
    // before submission and keeps their order.
    const age = oldDate ? rng.int(400, 900) : rng.int(3, 330);
    date = weekdayOnOrBefore(addDays(submittedDay, -age));
    if (kind === 'email') date = new Date(date.getTime() + rng.int(8 * 60, 18 * 60) * 60_000);
    if (signature) {
      signedDate = kind === 'email' ? date : weekdayOnOrBefore(addDays(submittedDay, -age + Math.min(rng.int(0, 14), age - 1)));
    }
    if (kind === 'sow' && rng.chance(0.35)) {
      const lead = rng.int(7, 30);
      if (lead < age) startDate = weekdayOnOrBefore(addDays(submittedDay, -age + lead));
    }
  }

  const products = claim.products;
  const mode =
    products.length > 1
      ? rng.weighted<'all' | 'some' | 'none'>([['all', 62], ['some', 23], ['none', 15]])
      : rng.weighted<'all' | 'none'>([['all', 82], ['none', 18]]);
  const chosen = mode === 'all' ? products : mode === 'some' ? rng.sample(products, rng.int(1, products.length - 1)) : [];
  const named = products
    .filter((p) => chosen.includes(p))
    .map((p) => {
      const synonyms = productByName(p).synonyms;
      return { product: p, as: synonyms.length > 0 && rng.chance(0.3) ? rng.pick(synonyms) : p };
    });

  return {
    kind, path, name, seed, signature, services, publicSectorDisclosure, named, dateStyle,
    date, signedDate, startDate, oldDate, targetPages: targetPages(rng, kind), signer, producedAt,
  };
}

function documentNames(rng: Random, id: string, count: number, customer: Customer): { kind: DocumentKind; path: string; name: string }[] {
  const out: { kind: DocumentKind; path: string; name: string }[] = [];
  if (count === 0) return out;
  const short = customer.name.split(/\s+/).slice(0, 2).join(' ').replace(/[^\p{L}\p{N} &-]/gu, '');
  out.push({
    kind: 'sow',
    path: `poe/${id}-sow.pdf`,
    name: rng.weighted([['Statement of work.pdf', 6], [`SOW - ${short}.pdf`, 3], ['Signed SOW.pdf', 1]]),
  });
  if (count === 2) {
    const kind = rng.weighted<DocumentKind>([['email', 50], ['change-order', 45], ['scan', 5]]);
    if (kind === 'email') {
      out.push({ kind, path: `poe/${id}-email.pdf`, name: rng.pick(['Email confirmation.pdf', 'Customer confirmation email.pdf']) });
    } else if (kind === 'change-order') {
      out.push({ kind, path: `poe/${id}-change-order.pdf`, name: rng.pick(['Change order.pdf', 'Change order 2.pdf']) });
    } else {
      out.push({ kind, path: `poe/${id}-scan.png`, name: rng.pick(['Scan.png', 'Scanned acceptance.png', `IMG_${rng.int(1000, 9999)}.png`]) });
    }
  }
  return out;
}

/**
 * Statuses a demo of COVERAGE_FROM + 2 claims or more always holds, whatever its seed: a draft,
 * and (2023 policy) a final rejection after an upheld dispute. Drawn stories seldom give them in
 * a small demo, so the claim at each index below takes the story unless an earlier claim had it.
 */
const COVERAGE_FROM = 8;
const COVERAGE: readonly { readonly story: Story; readonly policy: PolicyId; has(c: DemoClaim): boolean }[] = [
  { story: 'editing', policy: '2020', has: (c) => c.story === 'editing' },
  { story: 'dispute-upheld', policy: '2023', has: (c) => c.record.policy === '2023' && (c.story === 'dispute-upheld' || c.story === 'disassociated') },
];

/**
 * Generates `count` claims. Each claim draws from its own stream (seed, index), so the first
 * 50 claims of a 1,000-claim bundle equal a 50-claim bundle with the same seed and day.
 */
export function* generateClaims(count: number, seed: number, now: Date): Generator<DemoClaim> {
  const today = utcDayStart(now);
  const year = now.getUTCFullYear();
  const firstNumber = 1 + Random.derive('id-base', seed).int(0, 89) * 10_000;
  const directory = new CustomerDirectory(seed);
  // Rivals come from a window of recent claims: realistic, and constant work per claim.
  const recent: DemoClaim[] = [];
  // Review clock states the demo must show all day: the first claims in review are pinned to them.
  const wanted = clocksWanted(today.getTime());
  const made: DemoClaim[] = [];

  for (let i = 0; i < count; i++) {
    const rng = Random.derive('claim', seed, i);
    const id = `CP-${year}-${String(firstNumber + i).padStart(6, '0')}`;

    // About 5% compete with a recent claim: same tenant and workload, another partner.
    const rival = recent.length >= 3 && rng.chance(0.05) ? rng.pick(recent) : undefined;

    const partner = rival ? rng.pick(PARTNERS.filter((p) => p !== rival.partner)) : rng.pick(PARTNERS);
    const family: ProductFamily = rival ? rival.family : rng.chance(0.6) ? 'microsoft-365' : 'business-applications';
    let products: string[];
    if (rival) {
      const shared = rng.pick(rival.products);
      const others = rng.sample(
        PRODUCTS_BY_FAMILY[family].map((p) => p.name).filter((n) => n !== shared),
        rng.weighted([[0, 6], [1, 3], [2, 1]]),
      );
      products = [shared, ...others];
    } else {
      products = rng.sample(PRODUCTS_BY_FAMILY[family].map((p) => p.name), rng.weighted([[1, 55], [2, 30], [3, 15]]));
    }

    let customer: Customer;
    if (rival) {
      customer = rival.customer;
    } else {
      const identity = directory.next();
      customer = {
        ...identity,
        tenantId: rng.guid(),
        subscriptionId: family === 'business-applications' ? rng.guid() : null,
        contact: rng.chance(0.8) ? customerContact(rng, identity) : null,
      };
    }

    const drawn: PolicyId = rng.chance(0.15) ? '2023' : '2020';
    const cover = COVERAGE[i - COVERAGE_FROM];
    const forced = cover && !made.some(cover.has) ? cover : undefined;
    const policy = forced?.policy ?? drawn;
    const contact = partnerContact(partner, rng);
    const people = {
      partner: `${contact.name} (${partner.name})`,
      partnerFirstName: contact.first,
      customer: customer.contact ? `${customer.contact.name} (${customer.name})` : customer.name,
    };
    let plan = planStory(Random.derive('story', seed, i), today, policy, people, forced?.story);
    if (wanted.length > 0 && hasReviewClock(plan)) {
      const shown = wanted.findIndex((w) => reviewClockIs(plan, policy, w));
      if (shown >= 0) {
        wanted.splice(shown, 1);
      } else {
        // A story that cannot move there (it would reach a weekend) leaves the state to the next.
        const pinned = pinReviewClock(plan, policy, today.getTime(), wanted[0]!);
        if (pinned !== plan) wanted.shift();
        plan = pinned;
      }
    }
    const submittedAt = plan.submittedAt;

    const base = { partner, partnerContact: contact, customer, family, products, submittedAt, sizes: sizes(rng) };
    const docCount = rng.weighted([[0, 3], [1, 77], [2, 20]]);
    const documents = documentNames(rng, id, docCount, customer).map((d, k) =>
      planDocument({ ...d, seed: Random.derive('document', seed, i, k).int(0, 0x7fffffff), claim: base }),
    );

    const record: BundleClaimInput = {
      id,
      ...(policy === '2023' ? { policy } : {}),
      submittedAt: isoSeconds(submittedAt),
      partner: {
        mpnId: mpnId(partner),
        name: partner.name,
        contact: { name: contact.name, email: contact.email, phone: contact.phone },
      },
      customer: {
        tenantId: customer.tenantId,
        ...(customer.subscriptionId ? { subscriptionId: customer.subscriptionId } : {}),
        name: customer.name,
        domain: customer.domain,
        country: customer.country,
        publicSector: customer.publicSector,
        ...(customer.contact
          ? { contact: { name: customer.contact.name, email: customer.contact.email, phone: customer.contact.phone } }
          : {}),
      },
      activity: rng.pick(ACTIVITIES[family]),
      productFamily: family,
      products,
      documents: documents.map((d) => ({ path: d.path, name: d.name })),
      ...(plan.story === 'editing' ? { status: 'draft' as const } : {}),
      ...(plan.events.length ? { events: plan.events } : {}),
    };

    const claim: DemoClaim = { ...base, story: plan.story, record, documents };
    recent.push(claim);
    if (recent.length > 200) recent.shift();
    if (i < COVERAGE_FROM + COVERAGE.length) made.push(claim);
    yield claim;
  }
}

/** A partner's MPN ID is fixed by its name, like a real registration. */
export function mpnId(partner: Partner): string {
  return String(Random.derive('mpn', partner.name).int(1_000_000, 9_999_999));
}
