// The team lead's view over the API: the dashboard's input and output, and bulk assignment.
import { z } from 'zod';
import { ActorSchema, ClaimIdSchema, IsoTimestampSchema, QueueRowSchema, SlaStateSchema, StatusSchema } from './schemas';

const Count = z.number().int().nonnegative();
const LocalDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** Lists of urgent claims stop at this many; their totals are always exact. */
export const TEAM_LIST_LIMIT = 200;
/** Customers with competing claims listed; the total is exact. */
export const COMPETING_GROUP_LIMIT = 100;
/** Claims one bulk assignment may carry. */
export const ASSIGN_MANY_LIMIT = 500;

export const TeamDashboardInputSchema = z.object({
  /** Days on the decisions-per-day chart, today included; the throughput median covers them too. */
  days: z.number().int().min(1).max(90).default(14),
});

/** A claim in an urgent list: a queue row whose clock runs. */
export const UrgentListSchema = z.object({
  total: Count,
  claims: z.array(QueueRowSchema),
});

export const ReviewerLoadSchema = z.object({
  reviewer: z.string(),
  /** Open claims assigned (OPEN_STATUSES), and how many of them are at risk or breached. */
  open: Count,
  atRisk: Count,
  breached: Count,
  decidedToday: Count,
  decidedThisWeek: Count,
  decidedInPeriod: Count,
  /** Median business days from submission to the decision, over the period's decisions; null for none. */
  medianBusinessDays: z.number().nonnegative().nullable(),
});

export const AgeBucketCountSchema = z.object({
  min: Count,
  max: Count.nullable(),
  claims: Count,
});

export const DecisionDaySchema = z.object({
  date: LocalDateSchema,
  approved: Count,
  'info-requested': Count,
  rejected: Count,
  'dispute-answered': Count,
  total: Count,
});

export const CompetingEntrySchema = QueueRowSchema.pick({ id: true, status: true, assignee: true, partner: true, submittedAt: true, sla: true }).extend({
  /** Products this claim shares with a rival on the customer. */
  products: z.array(z.string()),
  sameSubscription: z.boolean(),
});

export const CompetingGroupSchema = z.object({
  customer: QueueRowSchema.shape.customer,
  claims: z.array(CompetingEntrySchema).min(2),
});

export const TeamDashboardSchema = z.object({
  generatedAt: IsoTimestampSchema,
  /** The business calendar's today and the Monday of its week. */
  today: LocalDateSchema,
  weekStart: LocalDateSchema,
  claims: Count,
  open: Count,
  byStatus: z.record(StatusSchema, Count),
  bySla: z.record(SlaStateSchema, Count),
  atRisk: UrgentListSchema,
  breached: UrgentListSchema,
  reviewers: z.array(ReviewerLoadSchema),
  /** Open claims nobody is assigned, with the urgent ones among them. */
  unassigned: z.object({ open: Count, atRisk: Count, breached: Count }),
  ageing: z.array(AgeBucketCountSchema),
  decisionsPerDay: z.array(DecisionDaySchema),
  competing: z.object({ total: Count, groups: z.array(CompetingGroupSchema) }),
  /** Whom claims can be given to: assignees and decision makers in the store, and this user. */
  knownReviewers: z.array(z.string()),
});

export const AssignManyInputSchema = z.object({
  claimIds: z
    .array(ClaimIdSchema)
    .min(1)
    .max(ASSIGN_MANY_LIMIT)
    .refine((ids) => new Set(ids).size === ids.length, 'a claim is named twice'),
  /** null unassigns them all. */
  to: ActorSchema.nullable(),
});

export const AssignManyResultSchema = z.object({
  /** Claims whose assignee changed (those already with `to` are left alone). */
  changed: z.array(ClaimIdSchema),
  unchanged: z.array(ClaimIdSchema),
});

export type TeamDashboard = z.infer<typeof TeamDashboardSchema>;
export type TeamDashboardInput = z.input<typeof TeamDashboardInputSchema>;
export type ReviewerLoad = z.infer<typeof ReviewerLoadSchema>;
export type DecisionDay = z.infer<typeof DecisionDaySchema>;
export type CompetingGroup = z.infer<typeof CompetingGroupSchema>;
export type AgeBucketCount = z.infer<typeof AgeBucketCountSchema>;
export type AssignManyInput = z.infer<typeof AssignManyInputSchema>;
export type AssignManyResult = z.infer<typeof AssignManyResultSchema>;
