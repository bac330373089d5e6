// zod schemas for everything that crosses a boundary: API inputs and outputs, bundle rows.
import { z } from 'zod';
import {
  ACTIONS,
  CLOCKS,
  DEFICIENCIES,
  POLICY_IDS,
  PRODUCT_FAMILIES,
  REJECTION_REASONS,
  SIDES,
  SLA_STATES,
  STATUSES,
} from '../domain/codes';
import { TARGET_STATES } from '../domain/reviewer-target';
import { keyedCheck } from './input-issue';
import { PrecheckResultSchema } from './precheck';
import { EDITABLE_FIELDS } from '../domain/editing';
import { ROLES } from '../domain/roles';
import { REPORT_FORMATS, type ReportFilters, type ReportRow } from '../domain/report';
import type { ReportSummary } from '../domain/report-summary';

export const StatusSchema = z.enum(STATUSES);
export const ActionSchema = z.enum(ACTIONS);
export const DeficiencySchema = z.enum(DEFICIENCIES);
export const RejectionReasonSchema = z.enum(REJECTION_REASONS);
export const ClockSchema = z.enum(CLOCKS);
export const SlaStateSchema = z.enum(SLA_STATES);
export const ProductFamilySchema = z.enum(PRODUCT_FAMILIES);
export const SideSchema = z.enum(SIDES);
export const PolicyIdSchema = z.enum(POLICY_IDS);

/** Claim ids are printable and short: they appear in file names, URLs and history. */
export const ClaimIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, ".", "_" or "-" only');
export const DocumentIdSchema = z.string().regex(/^d_[0-9a-f]{16}$/, 'not a document id');
export const IsoTimestampSchema = z.iso.datetime({ offset: true });
export const ActorSchema = z.string().trim().min(1).max(120);
export const MpnIdSchema = z.string().regex(/^\d{6,10}$/, 'MPN ID is 6 to 10 digits');
export const ProductsSchema = z.array(z.string().trim().min(1).max(120)).min(1).max(50);

export const PartnerRefSchema = z.object({ mpnId: z.string(), name: z.string() });
export const CustomerRefSchema = z.object({ tenantId: z.string(), name: z.string() });

export const SlaSchema = z.object({
  clock: ClockSchema,
  dueAt: IsoTimestampSchema,
  state: SlaStateSchema,
  policy: PolicyIdSchema,
});

/** One row of `cpor queue --json` and of the queue screen (docs/cli.md "queue --json"). */
export const QueueRowSchema = z.object({
  id: ClaimIdSchema,
  status: StatusSchema,
  assignee: z.string().nullable(),
  partner: PartnerRefSchema,
  customer: CustomerRefSchema,
  products: z.array(z.string()),
  productFamily: ProductFamilySchema,
  activity: z.string(),
  submittedAt: IsoTimestampSchema,
  sla: SlaSchema.nullable(),
  /** Other partners' claims on the same customer and workload that still contest it (shared/domain/competition). */
  competing: z.number().int().nonnegative(),
  /** Other claims, for another customer or partner, that hold one of this claim's PoE files (the same SHA-256). */
  duplicatePoe: z.number().int().nonnegative(),
});

export const ContactSchema = z.object({
  name: z.string().max(200).optional(),
  email: z.string().max(320).optional(),
  phone: z.string().max(64).optional(),
});

export const DocumentInfoSchema = z.object({
  id: DocumentIdSchema,
  name: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mediaType: z.string(),
  size: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative().nullable(),
});

export const HistoryEntrySchema = z.object({
  seq: z.number().int().positive(),
  at: IsoTimestampSchema,
  actor: z.string(),
  side: SideSchema,
  kind: z.string(),
  detail: z.record(z.string(), z.unknown()),
  hash: z.string(),
  prevHash: z.string(),
});

export const ChecklistItemSchema = z.object({
  code: DeficiencySchema,
  open: z.boolean(),
});

/** The reviewer-owned 10-business-day target; paused while the claim waits on the partner. */
export const ReviewerTargetSchema = z.object({
  policy: PolicyIdSchema,
  businessDays: z.number().int().positive(),
  dueAt: IsoTimestampSchema,
  state: z.enum(TARGET_STATES),
  pausedBusinessDays: z.number().int().nonnegative(),
  endedAt: IsoTimestampSchema.nullable(),
});

/** A rival claim as the reviewer sees it beside the open one. */
export const CompetingClaimSchema = QueueRowSchema.pick({
  id: true,
  status: true,
  assignee: true,
  partner: true,
  submittedAt: true,
  sla: true,
}).extend({
  /** The products both claims name (may be empty when only the subscription is shared). */
  products: z.array(z.string()),
  sameSubscription: z.boolean(),
  /** Whether it counts in `competing` (its status still contests the customer). */
  counted: z.boolean(),
});

/** A stored pre-check of one document; stale when the claim's facts changed since. */
export const DocumentPrecheckSchema = z.object({
  documentId: DocumentIdSchema,
  stale: z.boolean(),
  checkedAt: IsoTimestampSchema,
  result: PrecheckResultSchema,
});

/** Per claimed product: the reviewer's mark (null: not judged) beside what the pre-check found. */
export const ProductSupportSchema = z.object({
  product: z.string(),
  supported: z.boolean().nullable(),
  found: z.boolean().nullable(),
  /** Not found, but named to be left out ("Out of scope: ..."): the evidence is where. */
  excluded: z.boolean().optional(),
  evidence: z.object({ documentId: DocumentIdSchema, page: z.number().int().min(1), text: z.string().nullable() }).nullable(),
});

/** Per checklist item: the pre-check's proposal and the findings behind it (never a decision). */
export const ChecklistProposalSchema = z.object({
  code: DeficiencySchema,
  proposed: z.boolean(),
  /** The files whose own pre-check proposes it. */
  proposedBy: z.array(DocumentIdSchema),
  evidence: z.array(
    z.object({
      documentId: DocumentIdSchema,
      kind: z.string(),
      status: z.string(),
      page: z.number().int().nullable(),
      text: z.string().nullable(),
      /** Read by OCR (a scan), with the engine's confidence, 0-100. */
      ocr: z.number().min(0).max(100).optional(),
      /** Where the words are on the page: PDF points (an image's pixels) from the bottom-left corner. */
      box: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable().optional(),
      /** A digital signature's check: who the certificate names, when, and whether the file is unchanged. */
      signature: z
        .object({
          integrity: z.enum(['intact', 'later-changes', 'altered', 'signature-invalid', 'unverifiable']),
          signer: z.string().nullable(),
          signedAt: z.string().nullable(),
        })
        .optional(),
    }),
  ),
});

export const ClaimDetailSchema = QueueRowSchema.extend({
  policy: PolicyIdSchema,
  version: z.number().int().nonnegative(),
  partner: PartnerRefSchema.extend({ contact: ContactSchema.nullable() }),
  customer: CustomerRefSchema.extend({
    subscriptionId: z.string().nullable(),
    domain: z.string().nullable(),
    country: z.string().nullable(),
    publicSector: z.boolean(),
    contact: ContactSchema.nullable(),
  }),
  documents: z.array(DocumentInfoSchema),
  checklist: z.array(ChecklistItemSchema),
  comments: z.array(
    z.object({ at: IsoTimestampSchema, author: z.string(), side: SideSchema, internal: z.boolean(), text: z.string() }),
  ),
  history: z.array(HistoryEntrySchema),
  availableActions: z.array(ActionSchema),
  reviewerTarget: ReviewerTargetSchema,
  /** Every competing claim, whatever its status, most recent submission first. */
  competingClaims: z.array(CompetingClaimSchema),
  /** Each of this claim's files that is also PoE, or nearly the same text as PoE, on a claim for another customer or partner. */
  duplicatePoeFiles: z.array(
    z.object({
      documentId: DocumentIdSchema,
      documentName: z.string(),
      claimId: ClaimIdSchema,
      status: StatusSchema,
      partner: z.string(),
      customer: z.string(),
      /** The same file, or another file whose wording is nearly the same (a copy with names changed). */
      match: z.enum(['same-file', 'near-identical']),
      /** Estimated share of wording, 0 to 1; 1 for the same file. */
      similarity: z.number().min(0).max(1),
    }),
  ),
  prechecks: z.array(DocumentPrecheckSchema),
  proposals: z.array(ChecklistProposalSchema),
  /** "Missing products" judged per claimed product, in the claim's order. */
  productSupport: z.array(ProductSupportSchema),
  /** Whether the partner may edit the claim now (its policy's editableIn). */
  editable: z.boolean(),
});

export const QUEUE_SORTS = ['sla', 'age', 'partner'] as const;

export const QueueQuerySchema = z.object({
  status: z.array(StatusSchema).max(STATUSES.length).optional(),
  sla: z.array(SlaStateSchema).max(SLA_STATES.length).optional(),
  assignee: z.string().max(120).nullable().optional(),
  search: z.string().max(200).optional(),
  productFamily: ProductFamilySchema.optional(),
  activity: z.string().max(120).optional(),
  sort: z.enum(QUEUE_SORTS).default('sla'),
  limit: z.number().int().min(1).max(1000).default(100),
  offset: z.number().int().min(0).default(0),
});

export const QueuePageSchema = z.object({
  rows: z.array(QueueRowSchema),
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
});

/** Decisions a reviewer takes at the workstation; partner and customer actions arrive by bundle or sync. */
export const REVIEWER_ACTIONS = [
  'start-review',
  'approve',
  'request-info',
  'reject',
  'uphold-rejection',
  'overturn-rejection',
  'disassociate',
] as const;

/**
 * What a decision says, whoever takes it, declared once: the API's input below, a bundle's past
 * decision (bundle.ts), the decision service's request and the rules' input
 * (shared/domain/decision-rules.ts) are all cut from it.
 */
export const DecisionSchema = z.object({
  action: ActionSchema,
  reason: RejectionReasonSchema.optional(),
  deficiencies: z.array(DeficiencySchema).max(DEFICIENCIES.length).readonly().optional(),
  message: z.string().max(10_000).optional(),
  override: z.string().max(2_000).optional(),
});

export const DecideInputSchema = DecisionSchema.extend({
  claimId: ClaimIdSchema,
  action: z.enum(REVIEWER_ACTIONS),
  /** The claim version the person was looking at; a stale one is refused as a conflict. */
  expectedVersion: z.number().int().nonnegative().optional(),
});

export const CommentInputSchema = z.object({
  claimId: ClaimIdSchema,
  text: z.string().trim().min(1).max(10_000),
  internal: z.boolean().default(false),
});

/** A reviewer's tick: a deficiency is open (the PoE lacks it) or not. Saved as it is made. */
export const ChecklistInputSchema = z.object({
  claimId: ClaimIdSchema,
  code: DeficiencySchema,
  open: z.boolean(),
});

/** The reviewer marks whether the PoE supports one claimed product; null clears the mark. */
export const ProductSupportInputSchema = z.object({
  claimId: ClaimIdSchema,
  product: z.string().trim().min(1).max(200),
  supported: z.boolean().nullable(),
});

export const AssignInputSchema = z.object({
  claimId: ClaimIdSchema,
  /** null unassigns. */
  to: ActorSchema.nullable(),
});

/** A partner-side edit (shared/domain/editing): only the fields named change. */
export const ClaimChangesSchema = z
  .object({
    mpnId: MpnIdSchema.optional(),
    partnerName: z.string().trim().min(1).max(200).optional(),
    products: ProductsSchema.refine(
      (list) => new Set(list.map((p) => p.toLowerCase())).size === list.length,
      'a product is named twice',
    ).optional(),
    /** The contact parts named replace the stored ones; "" clears a part. */
    partnerContact: ContactSchema.strict().optional(),
    customerContact: ContactSchema.strict().optional(),
  })
  .strict()
  .refine((changes) => Object.values(changes).some((v) => v !== undefined), {
    message: 'name at least one field to change',
    params: keyedCheck('nothing-to-change'),
  });

export const EditInputSchema = z.object({
  claimId: ClaimIdSchema,
  /** The partner-side person making the edit (it arrives from the partner, not the reviewer). */
  actor: ActorSchema,
  expectedVersion: z.number().int().nonnegative().optional(),
  changes: ClaimChangesSchema,
});

export const EditResultSchema = z.object({
  /** Empty when the edit matched the claim as it stood: nothing was recorded. */
  changes: z.array(z.object({ field: z.enum(EDITABLE_FIELDS), from: z.unknown(), to: z.unknown() })),
  claim: ClaimDetailSchema,
});

export const VerifyReportSchema = z.object({
  ok: z.boolean(),
  integrity: z.string(),
  foreignKeys: z.number().int().nonnegative(),
  /** Comments and decisions that point at no entry of their claim's current history chain. */
  unlinkedRecords: z.number().int().nonnegative(),
  claims: z.number().int().nonnegative(),
  /** Every entry kept, in a claim's current chain and in chains the team hub's superseded. */
  historyEntries: z.number().int().nonnegative(),
  chainBreak: z
    .object({
      claimId: z.string(),
      /** Which of the claim's chains (0: its first); `superseded` when it is not the current one. */
      chain: z.number().int().nonnegative(),
      superseded: z.boolean(),
      seq: z.number().int(),
      problem: z.string(),
    })
    .nullable(),
  missingFiles: z.array(z.string()),
  /** Paths in the data folder no claim refers to (`files/ab/<sha256>`, an import's leftover staging folder). */
  orphanFiles: z.array(z.string()),
});

export const QueueFacetsSchema = z.object({
  assignees: z.array(z.string()),
  activities: z.array(z.string()),
});

/** The SLA calendar as the renderer needs it to count business time down live. */
export const SessionCalendarSchema = z.object({
  region: z.string(),
  timeZone: z.string(),
  closing: z.string(),
  /** Public holidays (YYYY-MM-DD) of last year, this year and next. */
  holidays: z.array(z.string()),
});

export const RoleSchema = z.enum(ROLES);
export const THEMES = ['light', 'dark', 'system'] as const;
export const ThemeSchema = z.enum(THEMES);
/** The interface language chosen (English or French). */
export const LANGUAGES = ['en', 'fr'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
/** Which zone times are shown in: the business calendar's (deadlines are its close of business) or the person's own. */
export const TIME_ZONE_DISPLAYS = ['calendar', 'own'] as const;
export const TimeZoneDisplaySchema = z.enum(TIME_ZONE_DISPLAYS);

export const SessionInfoSchema = z.object({
  /** Who acts: the identity in Settings, else the operating-system user. */
  user: z.string(),
  role: RoleSchema,
  theme: ThemeSchema,
  /** null until the person chooses one: the window keeps the browser's language. */
  language: LanguageSchema.nullable(),
  timeZoneDisplay: TimeZoneDisplaySchema,
  appVersion: z.string(),
  transport: z.enum(['electron', 'browser-host']),
  dataDir: z.string(),
  claimCount: z.number().int().nonnegative(),
  calendar: SessionCalendarSchema,
});

// ---- Settings: the person's (identity, role, appearance) and the team's (calendar, policy) ----

export const IdentitySchema = z.string().trim().min(1, 'your name cannot be empty').max(120, 'at most 120 characters');
export const ClosingSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'closing time must be HH:MM from 00:00 to 23:59');
export const IsoDateSchema = z.iso.date('a date as YYYY-MM-DD');

/** The business calendar; the region and the zone are checked against date-holidays and IANA by the service. */
export const CalendarSettingsSchema = z.object({
  region: z.string().trim().min(1, 'choose a holiday region').max(24),
  timeZone: z.string().trim().min(1, 'choose a time zone').max(64),
  closing: ClosingSchema,
});

/** The policy the team adopted and the first submission day it applies to. */
export const PolicySettingSchema = z.object({
  active: PolicyIdSchema,
  from: IsoDateSchema,
});

export const DataFolderSchema = z.object({
  /** The folder the running workstation uses. */
  current: z.string(),
  /** A folder chosen for the next start (desktop app only), or null. */
  next: z.string().nullable(),
  /** Only the desktop app can change it; the browser host takes `--data` when it starts. */
  changeable: z.boolean(),
});

/** Who set the team's settings on the team hub, when, and which version of them this is (1 for the first). */
export const TeamSettingsStampSchema = z.object({
  version: z.number().int().positive(),
  setBy: z.string().min(1),
  setAt: IsoTimestampSchema,
});

/** Whether the team hub sets the calendar and the policy here (shared/api/team-settings.ts). */
export const TeamHubSettingsSchema = z.object({
  /** A hub address and token are set: a team lead's change of the calendar or the policy goes to the hub. */
  joined: z.boolean(),
  hubUrl: z.string().nullable(),
  /** The hub's settings, as the last sync brought them, in force here; null while this store's own are. */
  inForce: TeamSettingsStampSchema.nullable(),
});

export const SettingsSchema = z.object({
  identity: z.string(),
  role: RoleSchema,
  theme: ThemeSchema,
  language: LanguageSchema.nullable(),
  timeZoneDisplay: TimeZoneDisplaySchema,
  /** The calendar and the policy in force: the team hub's while it sets them (teamHub.inForce), else this store's. */
  calendar: CalendarSettingsSchema,
  policy: PolicySettingSchema,
  teamHub: TeamHubSettingsSchema,
  dataFolder: DataFolderSchema,
  /** Where this person's settings are kept: a file in the data folder, or the desktop app's own settings file. */
  personalStore: z.string(),
});

/** What the Settings screen offers to choose from. */
export const SettingsChoicesSchema = z.object({
  /** date-holidays countries and their subdivisions ("US", "US-CA"); `country` set on subdivisions. */
  regions: z.array(z.object({ code: z.string(), name: z.string(), country: z.string().nullable() })),
  timeZones: z.array(z.string()),
  policies: z.array(z.object({ id: PolicyIdSchema, title: z.string(), effectiveFrom: IsoDateSchema })),
});

export const SettingsViewSchema = z.object({ settings: SettingsSchema, choices: SettingsChoicesSchema });

/** A partial change: only the settings named change; the calendar's parts one by one. */
export const SettingsUpdateSchema = z
  .object({
    identity: IdentitySchema.optional(),
    role: RoleSchema.optional(),
    theme: ThemeSchema.optional(),
    language: LanguageSchema.optional(),
    timeZoneDisplay: TimeZoneDisplaySchema.optional(),
    calendar: CalendarSettingsSchema.partial().strict().optional(),
    policy: PolicySettingSchema.strict().optional(),
    dataFolder: z.string().trim().min(1, 'name a folder').max(4096).optional(),
  })
  .strict()
  .refine((change) => Object.values(change).some((v) => v !== undefined), {
    message: 'name at least one setting to change',
    params: keyedCheck('nothing-to-change'),
  });

export const SettingsUpdateResultSchema = z.object({
  settings: SettingsSchema,
  /** When the calendar changed: claims looked at and deadlines that moved. */
  deadlines: z.object({ claims: z.number().int().nonnegative(), changed: z.number().int().nonnegative() }).nullable(),
});

// ---- Backup and restore through the API ----

/** What a restore brought back, from the backup's manifest. */
export const RestoredSchema = z.object({
  createdAt: z.string(),
  claims: z.number().int().nonnegative(),
  historyEntries: z.number().int().nonnegative(),
  files: z.number().int().nonnegative(),
  /** Where the replaced store is kept. */
  previous: z.string(),
});

export const BackupSavedSchema = z.object({
  file: z.string(),
  claims: z.number().int().nonnegative(),
  files: z.number().int().nonnegative(),
});

/** The decision report's filters (shared/domain/report.ts says what each one matches). */
const ReportFilterFields = z.object({
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  reviewer: ActorSchema.optional(),
  status: StatusSchema.optional(),
  productFamily: ProductFamilySchema.optional(),
  policy: PolicyIdSchema.optional(),
  action: ActionSchema.optional(),
});

const periodInOrder = (f: { from?: string | undefined; to?: string | undefined }) => !f.from || !f.to || f.from <= f.to;
const PERIOD_ORDER = { message: 'the period ends before it starts (from is after to)', path: ['to'] };

export const ReportFiltersSchema = ReportFilterFields.strict().refine(periodInOrder, PERIOD_ORDER) satisfies z.ZodType<ReportFilters>;
export const ReportFormatSchema = z.enum(REPORT_FORMATS);
export const ReportFileInputSchema = ReportFilterFields.extend({ format: ReportFormatSchema }).strict().refine(periodInOrder, PERIOD_ORDER);

const timestamp = z.string();
export const ReportRowSchema = z.object({
  decisionId: z.number().int(),
  claimId: z.string(),
  partnerMpnId: z.string(),
  partnerName: z.string(),
  customerTenantId: z.string(),
  customerName: z.string(),
  productFamily: ProductFamilySchema,
  products: z.array(z.string()).readonly(),
  policy: PolicyIdSchema,
  action: ActionSchema,
  fromStatus: StatusSchema,
  toStatus: StatusSchema,
  side: SideSchema,
  decidedBy: z.string(),
  decidedAt: timestamp,
  reason: z.string().nullable(),
  deficiencies: z.array(z.string()).readonly(),
  message: z.string().nullable(),
  override: z.string().nullable(),
  clock: ClockSchema.nullable(),
  clockStartedAt: timestamp.nullable(),
  dueAt: timestamp.nullable(),
  businessDays: z.number().int().nullable(),
  withinSla: z.boolean().nullable(),
}) satisfies z.ZodType<ReportRow>;

const count = z.number().int().nonnegative();
export const ReportSummarySchema = z.object({
  decisions: count,
  firstDecidedAt: timestamp.nullable(),
  lastDecidedAt: timestamp.nullable(),
  byAction: z.array(z.object({ action: ActionSchema, count })).readonly(),
  byReviewer: z.array(z.object({ reviewer: z.string(), decisions: count, measured: count, withinSla: count })).readonly(),
  withinSla: z.object({ measured: count, within: count, share: z.number().nullable() }),
  perDay: z.array(z.object({ date: z.string(), count })).readonly(),
  medianBusinessDays: z.number().nullable(),
}) satisfies z.ZodType<ReportSummary>;

export const ReportPreviewSchema = z.object({
  total: count,
  rows: z.array(ReportRowSchema).readonly(),
  summary: ReportSummarySchema,
  /** The store's calendar the days and business days are counted in. */
  calendar: z.object({ region: z.string(), timeZone: z.string(), closing: z.string() }),
});

export type QueueRow = z.infer<typeof QueueRowSchema>;
export type QueueQuery = z.input<typeof QueueQuerySchema>;
export type QueuePage = z.infer<typeof QueuePageSchema>;
export type ClaimDetail = z.infer<typeof ClaimDetailSchema>;
export type CompetingClaim = z.infer<typeof CompetingClaimSchema>;
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type ProductSupportEntry = z.infer<typeof ProductSupportSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
export type DecideInput = z.infer<typeof DecideInputSchema>;
export type EditInput = z.infer<typeof EditInputSchema>;
export type EditResult = z.infer<typeof EditResultSchema>;
export type VerifyReport = z.infer<typeof VerifyReportSchema>;
export type SessionInfo = z.infer<typeof SessionInfoSchema>;
export type SessionCalendar = z.infer<typeof SessionCalendarSchema>;
export type QueueFacets = z.infer<typeof QueueFacetsSchema>;
export type Sla = z.infer<typeof SlaSchema>;
export type Theme = z.infer<typeof ThemeSchema>;
export type Language = z.infer<typeof LanguageSchema>;
export type TimeZoneDisplay = z.infer<typeof TimeZoneDisplaySchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsChoices = z.infer<typeof SettingsChoicesSchema>;
export type SettingsView = z.infer<typeof SettingsViewSchema>;
export type SettingsUpdate = z.infer<typeof SettingsUpdateSchema>;
export type SettingsUpdateResult = z.infer<typeof SettingsUpdateResultSchema>;
export type Restored = z.infer<typeof RestoredSchema>;
export type ReportPreview = z.infer<typeof ReportPreviewSchema>;
export type ReportFileInput = z.infer<typeof ReportFileInputSchema>;

/** A claim's pre-check as it runs: each file, and the page OCR is reading in it (scans take seconds a page). */
export const PrecheckProgressSchema = z.object({
  running: z.boolean(),
  files: z.array(
    z.object({
      documentId: DocumentIdSchema,
      name: z.string(),
      /** The page OCR is reading now (1-based), and how many the file has; null when OCR is not reading it. */
      ocrPage: z.number().int().min(1).nullable(),
      pages: z.number().int().min(0).nullable(),
      done: z.boolean(),
    }),
  ),
});
export type PrecheckProgress = z.infer<typeof PrecheckProgressSchema>;
