// The wording of PoE documents. Everything here is written so that the only product names,
// dates and signatures in a document are the ones its plan records: generic text avoids
// product words (even "teams"), dates and signature vocabulary.
import type { ProductFamily } from '../../shared/domain/codes';
import type { DemoClaim, DocumentPlan } from './claims';
import { formatDate } from './dates';
import type { Block } from './pdf-layout';
import { GENERIC_SCOPE, productByName } from './products';
import type { Random } from './random';

export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** {n} is a small count (sites, rooms, apps...) drawn per use, so one document does not
 * say "5" for everything. */
export function fill(template: string, claim: DemoClaim, rng: Random, p = ''): string {
  const s = claim.sizes;
  return template
    .replace(/\{n\}/g, () => String(rng.int(2, 12)))
    .replaceAll('{p}', p)
    .replaceAll('{users}', thousands(s.users))
    .replaceAll('{devices}', thousands(s.devices))
    .replaceAll('{mailboxes}', thousands(s.mailboxes))
    .replaceAll('{gb}', thousands(s.gb))
    .replaceAll('{records}', thousands(s.records))
    .replaceAll('{domain}', claim.customer.domain);
}

const weeks = (n: number): string => (n === 1 ? '1 week' : `${n} weeks`);
const hours = (n: number): string => (n === 1 ? '1 hour' : `${n} hours`);

export function dateText(plan: DocumentPlan, d: Date): string {
  return formatDate(d, plan.dateStyle);
}

/** Noun phrases for the partner's work ("the deployment of ..."), 2 to 6 of them. */
export function workItems(claim: DemoClaim, plan: DocumentPlan, rng: Random): string[] {
  const items = plan.named.map(({ product, as }) => fill(rng.pick(productByName(product).scope), claim, rng, as));
  const want = Math.max(items.length, rng.int(2, 6));
  const generic = rng.shuffle(GENERIC_SCOPE[claim.family]);
  for (const g of generic) {
    if (items.length >= want) break;
    items.push(fill(g, claim, rng));
  }
  return rng.shuffle(items);
}

const withArticle = (item: string): string => (/^(a|an) /.test(item) ? item : `the ${item}`);
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function scopeSentences(claim: DemoClaim, items: string[], rng: Random): string[] {
  const partner = claim.partner.name;
  const starters = rng.shuffle([
    (t: string) => `The engagement covers ${t}.`,
    (t: string) => `Work also includes ${t}.`,
    (t: string) => `In addition, ${partner} will carry out ${t}.`,
    (t: string) => `The services include ${t}.`,
    (t: string) => `The project team will also complete ${t}.`,
    (t: string) => `${partner} will be responsible for ${t}.`,
  ]);
  return items.map((item, i) =>
    i === 0
      ? `${partner} will carry out ${withArticle(item)} for ${claim.customer.name}.`
      : (starters[(i - 1) % starters.length] ?? starters[0] ?? ((t: string) => `${t}.`))(withArticle(item)),
  );
}

export function projectTitle(claim: DemoClaim, plan: DocumentPlan, rng: Random): string {
  const first = plan.named[0];
  if (first && plan.services) {
    return fill(rng.pick(['{p} deployment', '{p} implementation', '{p} rollout and adoption', '{p} project']), claim, rng, first.as);
  }
  return rng.pick(
    claim.family === 'microsoft-365'
      ? ['Modern workplace programme', 'Collaboration and security modernisation', 'Cloud productivity programme']
      : ['Business process modernisation', 'Customer engagement programme', 'Finance and operations modernisation'],
  );
}

const GOALS: Record<ProductFamily, readonly string[]> = {
  'microsoft-365': [
    'modernise its collaboration, messaging and device management',
    'strengthen identity security and protect sensitive information',
    'move its workforce to cloud-based productivity tools',
  ],
  'business-applications': [
    'replace its legacy customer database and streamline the sales process',
    'automate manual approval processes and improve reporting',
    'consolidate its finance operations on a single platform',
  ],
};

export function background(claim: DemoClaim, rng: Random, changeOrder: boolean): string {
  const { partner, customer } = claim;
  if (changeOrder) {
    return `This change order amends the Statement of Work between ${partner.name} and ${customer.name}. It adds the services below to the existing engagement; all other terms remain unchanged.`;
  }
  return `${customer.name} has engaged ${partner.name} to help it ${rng.pick(GOALS[claim.family])}. This document describes the services, deliverables, acceptance process and commercial terms of that engagement.`;
}

export function engagementWithoutServices(claim: DemoClaim, plan: DocumentPlan): string {
  const products = plan.named.map((n) => n.as);
  const licensed = products.length > 0 ? ` The customer\u2019s subscriptions in scope are: ${products.join(', ')}.` : '';
  return `${claim.customer.name} has engaged ${claim.partner.name} as its technology services provider. Services, deliverables and schedules will be agreed in separate work orders issued under this document.${licensed}`;
}

export function disclosure(claim: DemoClaim): string {
  return `${claim.customer.name} is a public sector entity. ${claim.partner.name} discloses that it may receive incentive payments from Microsoft in connection with the services described in this document and the customer\u2019s use of Microsoft online services. These payments do not change the price charged to the customer. The customer confirms that it is aware of them and that accepting the services complies with the procurement, gift and ethics rules that apply to it.`;
}

function money(claim: DemoClaim, amount: number): string {
  switch (claim.customer.country) {
    case 'US':
      return `$${thousands(amount)}`;
    case 'CA':
      return `CAD ${thousands(amount)}`;
    case 'GB':
      return `\u00a3${thousands(amount)}`;
    case 'FR':
    case 'DE':
      return `EUR ${thousands(amount)}`;
  }
}

const LAW: Record<string, string> = {
  US: 'the state in which the service provider has its principal office',
  CA: 'the Province of Ontario',
  GB: 'England and Wales',
  FR: 'France',
  DE: 'the Federal Republic of Germany',
};

function terms(claim: DemoClaim): [string, string][] {
  const p = claim.partner.name;
  return [
    ['Confidentiality.', 'Each party will keep the other party\u2019s confidential information confidential and use it only to perform this agreement. This obligation survives termination for three (3) years.'],
    ['Data protection.', `${p} processes customer data only on the customer\u2019s documented instructions and applies appropriate technical and organisational security measures. Access to customer systems is limited to named consultants.`],
    ['Intellectual property.', `Deliverables created specifically for the customer become the customer\u2019s property upon payment. ${p} keeps its pre-existing tools, templates and know-how.`],
    ['Warranty.', `${p} warrants that the services will be performed in a professional manner by qualified personnel. Defects reported within thirty (30) days of acceptance will be corrected at no additional charge.`],
    ['Limitation of liability.', 'Except for breaches of confidentiality, each party\u2019s total liability under this agreement is limited to the fees paid for the services in the twelve (12) months before the claim arose.'],
    ['Term and termination.', 'Either party may end this agreement for convenience with thirty (30) days\u2019 written notice. The customer pays for services performed up to the end of the notice period.'],
    ['Governing law.', `This agreement is governed by the laws of ${LAW[claim.partner.country] ?? 'the service provider\u2019s home jurisdiction'}.`],
    ['Non-solicitation.', 'During the project and for six (6) months afterwards, neither party will solicit the other\u2019s employees who worked on the project.'],
    ['Independent contractor.', `${p} acts as an independent contractor. Nothing in this agreement creates a joint venture or an employment relationship.`],
    ['Notices.', 'Notices must be in writing and sent to the contacts named in this document, with a copy by e-mail.'],
    ['Force majeure.', 'Neither party is liable for delays caused by events beyond its reasonable control, provided it informs the other party promptly.'],
    ['Entire agreement.', 'This document, with its appendices, is the entire agreement of the parties on its subject and replaces any prior proposal or correspondence.'],
  ];
}

const DEPARTMENTS = ['Finance', 'Human Resources', 'Operations', 'Sales', 'Customer Service', 'Legal', 'Facilities', 'Executive Office', 'IT', 'Procurement', 'Marketing', 'Warehouse', 'Engineering', 'Field Services', 'Communications', 'Quality'];
const APPROACHES: Record<ProductFamily, readonly string[]> = {
  'microsoft-365': ['Remote cut-over, evening', 'Pilot group first', 'Weekend cut-over', 'Staged over two nights', 'Assisted, on site'],
  'business-applications': ['Data load and validation', 'Parallel run, one week', 'Train-the-trainer', 'Big-bang go-live', 'Phased by region'],
};
const RISKS: [string, string][] = [
  ['Key customer staff unavailable during test windows', 'Agree test calendar at kick-off; name deputies'],
  ['Source data quality lower than expected', 'Profile data early; schedule a cleansing sprint'],
  ['Network bandwidth limits migration throughput', 'Throttle batches; schedule transfers overnight'],
  ['Late licence assignment delays go-live', 'Confirm licence counts two weeks before go-live'],
  ['Low user adoption after go-live', 'Champions network, quick reference guides, floor-walking'],
  ['Scope creep from new department requests', 'Apply change control; keep a backlog for phase 2'],
  ['Third-party integration not ready', 'Mock the interface; agree a fallback manual process'],
  ['Security approval of configuration delayed', 'Share design with the security officer in week one'],
  ['Legacy system retired before data extract', 'Freeze legacy system changes; take a full export'],
  ['Unclear ownership of shared resources', 'Document owners during discovery; sponsor arbitrates'],
  ['Helpdesk not prepared for go-live calls', 'Helpdesk briefing and escalation matrix before go-live'],
  ['Conflicting change freeze at quarter end', 'Align the cut-over calendar with the finance calendar'],
];
const TESTS: Record<ProductFamily, readonly [string, string][]> = {
  'microsoft-365': [
    ['User signs in with multi-factor authentication', 'Sign-in succeeds; prompt shown once per device'],
    ['User opens mail on a managed phone', 'Mail syncs; corporate data stays in the managed app'],
    ['External guest is invited to a workspace', 'Guest receives invitation; access limited to the workspace'],
    ['Laptop is reset and re-provisioned', 'Device enrols and receives policies within one hour'],
    ['Document labelled confidential is shared externally', 'Sharing is blocked and the user is notified'],
    ['Administrator activates a privileged role', 'Approval requested; activation is time-limited and logged'],
    ['Migrated user searches archived mail', 'Results include items from before migration'],
    ['Shared folder permissions after migration', 'Permissions match the approved access matrix'],
    ['Meeting room device joins a scheduled call', 'Device joins with one touch; audio and video work'],
    ['Lost device is wiped remotely', 'Corporate data removed; event recorded in the audit log'],
  ],
  'business-applications': [
    ['Create a lead and qualify it', 'Opportunity created with account and contact linked'],
    ['Case is routed to the right queue', 'Case lands in the queue defined by the routing rules'],
    ['Approval request for a purchase over the limit', 'Request goes to the budget holder; outcome recorded'],
    ['Post a vendor invoice with three-way match', 'Invoice posts; variances flagged for review'],
    ['Dashboard filtered by region', 'Figures match the certified dataset for the region'],
    ['User without permission opens a restricted record', 'Access denied; no data shown'],
    ['Migrated account history is visible', 'Activities from the legacy system appear on the timeline'],
    ['Month-end close checklist', 'All steps complete; trial balance reconciles'],
    ['Mobile form submitted offline', 'Form syncs when the connection returns'],
    ['Price list update', 'New prices apply to quotes created after the change'],
  ],
};

/**
 * Sections after the first page's scope, in the order a SOW usually has them, then
 * appendices until the letters run out. The writer stops pulling once the document is long
 * enough, so long documents get appendices and short ones do not.
 */
export function* laterSections(claim: DemoClaim, plan: DocumentPlan, rng: Random, first: number): Generator<Block[]> {
  let n = first;
  const h = (title: string): Block => ({ kind: 'heading', text: `${n++}. ${title}` });
  const p = claim.partner.name;
  const allTerms = terms(claim);

  if (!plan.services) {
    // A frame agreement: terms only, no description of any work.
    yield [h('General terms'), ...allTerms.map(([lead, text]): Block => ({ kind: 'paragraph', boldLead: lead, text }))];
    yield [
      h('Rate card'),
      { kind: 'paragraph', text: 'Work orders issued under this document are charged at the following daily rates, excluding applicable taxes.' },
      {
        kind: 'table',
        columns: [{ title: 'Role', width: 3 }, { title: 'Daily rate', width: 2 }],
        rows: [['Engagement manager', 1450], ['Solution architect', 1600], ['Senior consultant', 1250], ['Consultant', 980], ['Trainer', 900]].map(
          ([role, rate]) => [String(role), money(claim, Number(rate))],
        ),
      },
    ];
    yield [
      h('Definitions'),
      { kind: 'paragraph', boldLead: 'Business day:', text: 'Monday to Friday, excluding public holidays where the customer is established.' },
      { kind: 'paragraph', boldLead: 'Work order:', text: 'A document signed by both parties that sets out specific services, deliverables and fees.' },
      { kind: 'paragraph', boldLead: 'Customer data:', text: 'All data the customer or its users provide, or that is processed on the customer\u2019s behalf.' },
      { kind: 'paragraph', boldLead: 'Personnel:', text: `Employees and approved subcontractors of ${p} assigned to a work order.` },
    ];
    return;
  }

  const items = [
    ['Discovery and design', weeks(rng.int(1, 3)), 'Workshops, current-state review, solution design and sign-off'],
    ['Build and configure', weeks(rng.int(2, 6)), 'Configuration, integration and documentation of the agreed design'],
    ['Pilot', weeks(rng.int(1, 3)), 'Pilot group of key users, feedback and adjustments'],
    ['Deployment', weeks(rng.int(2, 8)), 'Staged rollout by business unit, with communications and training'],
    ['Hypercare and handover', weeks(rng.int(1, 4)), 'Go-live support, knowledge transfer and project closure'],
  ];
  const start = plan.startDate ? ` Work is planned to start on ${dateText(plan, plan.startDate)}.` : '';
  yield [
    h('Project plan'),
    {
      kind: 'paragraph',
      text: `The engagement is delivered in five phases. Durations are estimates agreed at kick-off and confirmed in the weekly status report.${start}`,
      dates: plan.startDate ? [plan.startDate] : [],
    },
    { kind: 'table', columns: [{ title: 'Phase', width: 2.2 }, { title: 'Duration', width: 1.2 }, { title: 'Main activities', width: 5 }], rows: items },
  ];

  const named = plan.named.flatMap(({ product, as }) => productByName(product).deliverables.map((d) => fill(d, claim, rng, as)));
  const generic = ['Solution design document', 'As-built configuration workbook', 'Test plan and test results', 'Administrator handover session (two hours)', 'End-user quick reference guides', 'Weekly status reports and a closure report'];
  yield [
    h('Deliverables'),
    { kind: 'paragraph', text: `${p} will provide the following deliverables to the customer\u2019s project sponsor:` },
    { kind: 'bullets', items: [...named, ...rng.sample(generic, rng.int(3, 6))] },
  ];

  yield [
    h('Acceptance criteria'),
    { kind: 'paragraph', text: 'Each deliverable is submitted to the customer\u2019s project sponsor for review. The customer has five (5) business days to accept it or to describe in writing how it fails the agreed criteria; otherwise it is deemed accepted.' },
    { kind: 'bullets', items: ['All in-scope configuration is completed and documented.', 'Test scenarios have passed or have an agreed workaround.', 'Knowledge transfer to the customer\u2019s administrators has taken place.'] },
  ];

  yield [
    h('Roles and responsibilities'),
    {
      kind: 'table',
      columns: [{ title: 'Role', width: 2 }, { title: 'Provided by', width: 1.3 }, { title: 'Responsibilities', width: 5 }],
      rows: [
        ['Engagement manager', p, 'Overall delivery, status reporting, risks and issues'],
        ['Solution architect', p, 'Design decisions and technical quality'],
        ['Consultants', p, 'Configuration, migration, testing and documentation'],
        ['Project sponsor', claim.customer.name, 'Decisions, acceptance of deliverables and escalation'],
        ['IT administrator', claim.customer.name, 'Administrative access, network and change approvals'],
        ['Key users', claim.customer.name, 'Testing, feedback and support of colleagues at go-live'],
      ],
    },
  ];

  yield [
    h('Assumptions'),
    {
      kind: 'bullets',
      items: rng.sample([
        'The customer provides administrative access for the duration of the project.',
        'Work is performed remotely during business hours, except go-live support, which may be on site.',
        'The customer holds the licences required for the services described in this document.',
        'Customer staff are available for workshops and testing as scheduled.',
        'Third-party applications are out of scope unless listed in this document.',
        'The customer\u2019s network and identity infrastructure meet the published prerequisites.',
      ], rng.int(3, 6)),
    },
  ];

  yield [
    h('Change control'),
    { kind: 'paragraph', text: `Either party may request a change to the scope, schedule or fees. Changes are documented in a change request, assessed by ${p} within five (5) business days and take effect once approved in writing by both parties.` },
  ];

  const fee = rng.int(12, 480) * 500;
  yield [
    h('Fees and invoicing'),
    {
      kind: 'paragraph',
      text: rng.chance(0.6)
        ? `The services are provided for a fixed fee of ${money(claim, fee)}, excluding applicable taxes. ${p} will invoice 40% at kick-off, 40% at go-live and 20% on final acceptance. Invoices are payable within thirty (30) days.`
        : `The services are provided on a time and materials basis, estimated at ${Math.round(fee / 1100)} consultant days (${money(claim, fee)}), excluding applicable taxes. Time is invoiced monthly in arrears and payable within thirty (30) days.`,
    },
  ];

  yield [h('General terms'), ...rng.sample(allTerms, rng.int(5, 9)).map(([lead, text]): Block => ({ kind: 'paragraph', boldLead: lead, text }))];

  // Appendices: tables long enough to fill a page each, for the 8-to-20-page documents.
  const appendixBuilders: ((title: string) => Block[])[] = [
    (title) => [
      { kind: 'heading', text: title },
      {
        kind: 'table',
        columns: [{ title: 'Wave', width: 0.8 }, { title: 'Business unit', width: 2.2 }, { title: 'Users', width: 1 }, { title: 'Approach', width: 3 }],
        rows: Array.from({ length: rng.int(18, 40) }, (_, i) => [
          String(i + 1), rng.pick(DEPARTMENTS), thousands(rng.int(1, 60) * 5), rng.pick(APPROACHES[claim.family]),
        ]),
      },
    ],
    (title) => [
      { kind: 'heading', text: title },
      {
        kind: 'table',
        columns: [{ title: 'Risk', width: 3.2 }, { title: 'Likelihood', width: 1.1 }, { title: 'Impact', width: 1 }, { title: 'Mitigation', width: 3.4 }],
        rows: rng.sample(RISKS, rng.int(8, RISKS.length)).map(([risk, mitigation]) => [
          risk, rng.pick(['Low', 'Medium', 'High']), rng.pick(['Low', 'Medium', 'High']), mitigation,
        ]),
      },
      { kind: 'paragraph', text: 'The risk register is reviewed in every weekly status meeting; new risks are added by either party.' },
    ],
    (title) => [
      { kind: 'heading', text: title },
      {
        kind: 'table',
        columns: [{ title: 'ID', width: 0.8 }, { title: 'Scenario', width: 3.6 }, { title: 'Expected result', width: 3.6 }],
        rows: rng.shuffle(TESTS[claim.family]).concat(rng.shuffle(TESTS[claim.family])).slice(0, rng.int(10, 20)).map(([s, r], i) => [
          `TC-${String(i + 1).padStart(2, '0')}`, s, r,
        ]),
      },
    ],
    (title) => [
      { kind: 'heading', text: title },
      {
        kind: 'table',
        columns: [{ title: 'Audience', width: 2.4 }, { title: 'Format', width: 2 }, { title: 'Duration', width: 1.2 }, { title: 'Sessions', width: 1 }],
        rows: rng.sample(
          [['Administrators', 'Instructor-led, remote'], ['Key users', 'Workshop, on site'], ['Helpdesk', 'Briefing and run-book'], ['All staff', 'Recorded webinar'], ['Managers', 'Short briefing'], ['New joiners', 'Self-paced guide']],
          rng.int(4, 6),
        ).map(([a, f]) => [a ?? '', f ?? '', hours(rng.int(1, 4)), String(rng.int(1, 8))]),
      },
      { kind: 'paragraph', text: 'Training material is provided in editable form so the customer can reuse it for future staff.' },
    ],
    (title) => [
      { kind: 'heading', text: title },
      {
        kind: 'table',
        columns: [{ title: 'Step', width: 0.7 }, { title: 'Cut-over activity', width: 4.5 }, { title: 'Owner', width: 1.6 }, { title: 'Duration', width: 1.2 }],
        rows: [
          'Confirm go/no-go with the project sponsor', 'Freeze changes to the legacy system', 'Take a final backup of source data',
          'Run the final data synchronisation', 'Switch user access to the new service', 'Validate core scenarios with key users',
          'Update helpdesk scripts and escalation contacts', 'Send go-live communication to staff', 'Monitor service health for the first day',
          'Review open issues and agree priorities', 'Decommission temporary migration accounts', 'Hand over to business-as-usual support',
        ].map((step, i) => [String(i + 1), step, rng.pick([p, claim.customer.name]), hours(rng.int(1, 6))]),
      },
    ],
  ];
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const names = ['Migration wave schedule', 'Risk register', 'Test scenarios', 'Training plan', 'Cut-over checklist'];
  for (let i = 0; i < letters.length; i++) {
    const k = i % appendixBuilders.length;
    const build = appendixBuilders[k];
    if (!build) break;
    const suffix = i >= appendixBuilders.length ? ` (part ${Math.floor(i / appendixBuilders.length) + 1})` : '';
    yield build(`Appendix ${letters[i] ?? ''} \u2013 ${names[k] ?? ''}${suffix}`);
  }
}
