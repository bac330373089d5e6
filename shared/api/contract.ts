// The one API: every method, its input and output schema. Main-process handlers, the Electron
// preload, the browser host and the renderer client are all typed from this map.
import { z } from 'zod';
import {
  ActorSchema,
  AssignInputSchema,
  ChecklistInputSchema,
  ClaimDetailSchema,
  CommentInputSchema,
  ClaimIdSchema,
  DecideInputSchema,
  DocumentIdSchema,
  EditInputSchema,
  PrecheckProgressSchema,
  ProductSupportInputSchema,
  EditResultSchema,
  QueueFacetsSchema,
  QueuePageSchema,
  QueueQuerySchema,
  BackupSavedSchema,
  RestoredSchema,
  ReportFileInputSchema,
  ReportFiltersSchema,
  ReportPreviewSchema,
  SessionInfoSchema,
  SettingsUpdateResultSchema,
  SettingsUpdateSchema,
  SettingsViewSchema,
  VerifyReportSchema,
} from './schemas';
import { RecordActionInputSchema } from './recorded-action';
import { ConflictViewSchema, RefusalsInputSchema, RefusalViewSchema, ResolveInputSchema, SyncConfigureSchema, SyncStatusSchema } from './sync';
import { AssignManyInputSchema, AssignManyResultSchema, TeamDashboardInputSchema, TeamDashboardSchema } from './team';

/** Binary payloads (PoE bytes, report files) travel as Uint8Array over IPC and as a raw HTTP body. */
export const BytesSchema = z.instanceof(Uint8Array);

/**
 * A large upload the browser host wrote to a file as it arrived (a backup to restore), so it is
 * never held in memory. Only the host makes one: JSON and Electron's structured clone carry no
 * class, so no caller can hand the service a path of its choosing.
 */
export class UploadedFile {
  constructor(
    readonly path: string,
    readonly size: number,
  ) {}
}

/** Bytes as IPC sends them, or the file the browser host streamed them to. */
export const UploadSchema = z.union([BytesSchema, z.instanceof(UploadedFile)]);

export const contract = {
  'session.info': { input: z.object({}).strict(), output: SessionInfoSchema },
  'queue.list': { input: QueueQuerySchema, output: QueuePageSchema },
  'queue.facets': { input: z.object({}).strict(), output: QueueFacetsSchema },
  'claim.get': { input: z.object({ id: ClaimIdSchema }).strict(), output: ClaimDetailSchema },
  'queue.next': { input: z.object({}).strict(), output: ClaimDetailSchema.nullable() },
  'claim.decide': { input: DecideInputSchema.strict(), output: ClaimDetailSchema },
  /** A reviewer's comment or internal note; `side: 'partner'` records the partner's answer in their name (`actor`). */
  'claim.comment': {
    input: CommentInputSchema.extend({ side: z.enum(['reviewer', 'partner']).default('reviewer'), actor: ActorSchema.optional() }).strict(),
    output: ClaimDetailSchema,
  },
  'claim.precheck': { input: z.object({ claimId: ClaimIdSchema }).strict(), output: ClaimDetailSchema },
  /** How far the claim's pre-check running now has got (the screen asks while it waits). */
  'claim.precheckProgress': { input: z.object({ claimId: ClaimIdSchema }).strict(), output: PrecheckProgressSchema },
  'claim.checklist': { input: ChecklistInputSchema.strict(), output: ClaimDetailSchema },
  'claim.productSupport': { input: ProductSupportInputSchema.strict(), output: ClaimDetailSchema },
  'claim.assign': { input: AssignInputSchema.strict(), output: ClaimDetailSchema },
  /** Several claims to one reviewer (or to nobody) in one transaction: all or nothing. */
  'claim.assignMany': { input: AssignManyInputSchema.strict(), output: AssignManyResultSchema },
  /** The team lead's view: counts, urgent lists, load and throughput, ageing, competing claims. */
  'team.dashboard': { input: TeamDashboardInputSchema.strict(), output: TeamDashboardSchema },
  'claim.edit': { input: EditInputSchema.strict(), output: EditResultSchema },
  /** A partner's or customer's action (resubmit, dispute, withdraw, customer-decline), recorded in their name. */
  'claim.record': { input: RecordActionInputSchema.strict(), output: ClaimDetailSchema },
  'store.verify': { input: z.object({}).strict(), output: VerifyReportSchema },
  'document.content': { input: z.object({ id: DocumentIdSchema }).strict(), output: BytesSchema },
  /** Desktop only: hands the PoE to the operating system's viewer (the browser host refuses). */
  'document.openExternal': { input: z.object({ id: DocumentIdSchema }).strict(), output: z.object({ opened: z.literal(true) }) },
  'settings.get': { input: z.object({}).strict(), output: SettingsViewSchema },
  'settings.update': { input: SettingsUpdateSchema, output: SettingsUpdateResultSchema },
  /** Desktop only: a native folder dialog; null when the person cancels. Saving is settings.update. */
  'settings.chooseDataFolder': { input: z.object({}).strict(), output: z.object({ folder: z.string().nullable() }) },
  /** A consistent backup of the store and its PoE files, as the bytes of a .cporbackup zip. */
  'store.backup': { input: z.object({}).strict(), output: BytesSchema },
  /** Replaces the store with a backup's, after checking all of it as `cpor restore` does. */
  'store.restore': { input: UploadSchema, output: RestoredSchema },
  /** Desktop only: store.backup into a file the person picks in a native dialog; null when cancelled. */
  'store.backupToFile': { input: z.object({}).strict(), output: BackupSavedSchema.nullable() },
  /** Desktop only: restore from a file the person picks in a native dialog; null when cancelled. */
  'store.restoreFromFile': { input: z.object({}).strict(), output: RestoredSchema.nullable() },
  /** The decision report's summary, first rows and row count, for the reports screen. */
  'report.preview': { input: ReportFiltersSchema, output: ReportPreviewSchema },
  /** The decision report as a file's bytes (CSV, XLSX or PDF), for the screen to save. */
  'report.file': { input: ReportFileInputSchema, output: BytesSchema },
  /** Team sync: what the status bar shows (never calls the hub). */
  'sync.status': { input: z.object({}).strict(), output: SyncStatusSchema },
  /** One sync round now; its outcome is in the status it returns. */
  'sync.run': { input: z.object({}).strict(), output: SyncStatusSchema },
  /** The hub address and token; an empty address stops syncing. */
  'sync.configure': { input: SyncConfigureSchema, output: SyncStatusSchema },
  /** Conflicts the hub keeps open, both sides each. */
  'sync.conflicts': { input: z.object({}).strict(), output: z.array(ConflictViewSchema) },
  /** Settles a conflict on the hub: keep what was applied, or apply the kept change instead. */
  'sync.resolve': { input: ResolveInputSchema, output: SyncStatusSchema },
  /** Changes the hub refused, newest first (one claim's with claimId): kept here, never resent. */
  'sync.refusals': { input: RefusalsInputSchema, output: z.array(RefusalViewSchema) },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export const METHODS = Object.keys(contract) as Method[];

/** What a caller passes (defaults still optional) and what a handler receives (parsed). */
export type MethodInput<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends Method> = z.output<Contract[M]['output']>;

/** Methods whose output is raw bytes rather than JSON. */
export const BINARY_METHODS: ReadonlySet<Method> = new Set<Method>(['document.content', 'store.backup', 'report.file']);

/** Methods whose input is raw bytes (an HTTP body of application/octet-stream) rather than JSON. */
export const BINARY_INPUT_METHODS: ReadonlySet<Method> = new Set<Method>(['store.restore']);

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
