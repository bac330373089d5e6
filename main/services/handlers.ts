// The service layer as the API contract's handler map: both transports call exactly this.
import type { Method, MethodOutput, ParsedInput } from '../../shared/api/contract';
import { DomainError } from '../../shared/api/result';
import type { DesktopTask } from '../../shared/domain/refusal';
import type { Role } from '../../shared/domain/roles';
import { backupBytes } from './backup/backup-bytes';
import { restoreFromBytes } from './backup/restore-in-place';
import { assignClaim, assignMany } from './assignment';
import { setChecklist, setProductSupport } from './checklist';
import { precheckClaimNow } from './prechecks';
import { precheckProgress } from './precheck/progress';
import { reportBytes } from './reports/export-report';
import { previewReport } from './reports/preview';
import { getClaim, listQueue } from './claims';
import { queueFacets } from '../store/claims-table';
import { claimCount } from '../store/store-facts';
import { sessionCalendar } from './session-calendar';
import { addComment } from './comments';
import type { ServiceContext } from './context';
import { decide } from './decisions';
import { documentContent } from './documents';
import { editClaim } from './edits';
import { takeNextClaim } from './next-claim';
import { settingsView, updateSettings } from './settings/settings-service';
import { teamDashboard } from './team/dashboard';
import { saveHubSettings } from './sync/sync-settings';
import { syncRunnerFor } from './sync/sync-runner';
import { verifyStore } from './verify';

/** The acting person's role as dispatch() reads it before every call (a symbol: no method can clash). */
export const ACTING_ROLE: unique symbol = Symbol('acting role');

export type Handlers = {
  readonly [M in Method]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
} & { readonly [ACTING_ROLE]: () => Role };

/** Methods only the desktop app can serve (a native dialog, the system viewer); Electron's main process replaces them. */
function desktopOnly(task: DesktopTask, message: string): () => never {
  return () => {
    throw new DomainError('forbidden', message, { key: 'desktop-only', params: { task } });
  };
}

export function createHandlers(ctx: ServiceContext): Handlers {
  const sync = syncRunnerFor(ctx);
  return {
    [ACTING_ROLE]: () => ctx.role,
    'session.info': () => ({
      user: ctx.user,
      role: ctx.role,
      theme: ctx.personal.current().theme,
      language: ctx.personal.current().language,
      timeZoneDisplay: ctx.personal.current().timeZoneDisplay,
      appVersion: ctx.appVersion,
      transport: ctx.transport,
      dataDir: ctx.store.dataDir,
      claimCount: claimCount(ctx.store.db),
      calendar: sessionCalendar(ctx.calendar, ctx.now()),
    }),
    'queue.list': (input) => listQueue(ctx, input),
    'queue.facets': () => queueFacets(ctx.store.db),
    'claim.get': (input) => getClaim(ctx, input),
    'queue.next': () => takeNextClaim(ctx),
    'claim.decide': async (input) => {
      if (input.action === 'start-review') await sync.takeReviewLock(input.claimId);
      const detail = decide(ctx, { ...input, actor: ctx.user });
      if (input.action !== 'start-review' && detail.status !== 'under-review') await sync.releaseReviewLock(input.claimId);
      return detail;
    },
    'sync.status': () => sync.status(),
    'sync.run': () => sync.syncNow(),
    'sync.configure': (input) => {
      saveHubSettings(ctx.store.db, ctx.tokenVault, input);
      return sync.status();
    },
    'sync.conflicts': () => sync.conflicts(),
    'sync.resolve': (input) => sync.resolve(input),
    'sync.refusals': (input) => sync.refusals(input.claimId),
    'claim.comment': (input) => {
      // A partner's answer is recorded in their person's name; everything else is this reviewer's.
      const author = input.side === 'partner' ? (input.actor ?? ctx.user) : ctx.user;
      addComment(ctx, { claimId: input.claimId, author, side: input.side, internal: input.internal, text: input.text });
      return getClaim(ctx, { id: input.claimId });
    },
    'claim.precheck': async (input) => {
      await precheckClaimNow(ctx, input.claimId);
      return getClaim(ctx, { id: input.claimId });
    },
    'claim.precheckProgress': (input) => precheckProgress(input.claimId),
    'claim.checklist': (input) => {
      setChecklist(ctx, { ...input, actor: ctx.user });
      return getClaim(ctx, { id: input.claimId });
    },
    'claim.productSupport': (input) => {
      setProductSupport(ctx, { ...input, actor: ctx.user });
      return getClaim(ctx, { id: input.claimId });
    },
    'claim.assign': (input) => {
      assignClaim(ctx, { claimId: input.claimId, to: input.to, by: ctx.user, role: ctx.role });
      return getClaim(ctx, { id: input.claimId });
    },
    'claim.assignMany': (input) => assignMany(ctx, { claimIds: input.claimIds, to: input.to, by: ctx.user }),
    'team.dashboard': (input) => teamDashboard(ctx, input),
    // A partner-side edit: the actor is the partner's person named in the input, not this reviewer.
    'claim.edit': (input) => editClaim(ctx, input),
    // Likewise the partner's or customer's person named in the input acts.
    'claim.record': (input) => decide(ctx, input),
    'store.verify': () => verifyStore(ctx.store),
    'document.content': (input) => documentContent(ctx, input.id),
    // Only Electron's main process can reach the operating system's viewer; it replaces this.
    'document.openExternal': desktopOnly('open-external', 'Opening a file with the system viewer needs the desktop app; download it instead.'),
    'settings.get': () => settingsView(ctx),
    'settings.update': (input) => updateSettings(ctx, input),
    'settings.chooseDataFolder': desktopOnly('choose-data-folder', 'Choosing the data folder needs the desktop app'),
    'store.backup': () => backupBytes(ctx.store),
    'store.restore': (input) => restoreFromBytes(ctx, input),
    'store.backupToFile': desktopOnly('save-backup', 'Saving a backup through a file dialog needs the desktop app'),
    'store.restoreFromFile': desktopOnly('restore-from-file', 'Restoring through a file dialog needs the desktop app'),
    'report.preview': (input) => previewReport(ctx, input),
    'report.file': ({ format, ...filters }) => reportBytes(ctx, { format, filters }),
  };
}
