// What every service needs: the open store, the business calendar, the clock and who is acting.
import type { CalendarConfig } from '../../shared/domain/calendar';
import type { Role } from '../../shared/domain/roles';
import { defaultUser } from '../config/paths';
import type { Store } from '../store/open';
import { readCalendar } from '../store/settings-table';
import { hubIdentity } from '../store/sync-state-table';
import { isLiveStore, type LiveStore } from './live-store';
import { memoryBackend, personalSettings, type PersonalSettingsSource } from './settings/personal-settings';
import { ownerOnlyFileVault, type TokenVault } from './sync/token-vault';

export interface ServiceContext {
  /** The open store; read it at each use (a restore in a running app replaces it). */
  readonly store: Store;
  readonly calendar: CalendarConfig;
  /** Injectable so tests and `--now` can pin time; production passes () => new Date(). */
  readonly now: () => Date;
  /** Who acts: the identity in this person's settings, or their hub token's person when joined to a hub; read at each call. Decisions made through the API are theirs. */
  readonly user: string;
  /** Their role: the API refuses what it may not do (dispatch.ts). */
  readonly role: Role;
  /** This person's settings (identity, role, appearance; the desktop app's next data folder). */
  readonly personal: PersonalSettingsSource;
  /** Present in a running app (browser host, Electron): what lets a restore replace the store. */
  readonly liveStore: LiveStore | null;
  readonly appVersion: string;
  readonly transport: 'electron' | 'browser-host';
  /** Where this person's hub token is kept (never in the store). */
  readonly tokenVault: TokenVault;
}

export interface ContextOptions {
  readonly now: () => Date;
  readonly appVersion: string;
  readonly transport: ServiceContext['transport'];
  /** A running app's person and their settings; without it, `user` and `role` act for this run only. */
  readonly personal?: PersonalSettingsSource;
  /** Who acts in a one-shot run (the CLI's `--as`, a test); the operating-system user by default. */
  readonly user?: string;
  readonly role?: Role;
  /** The desktop app's OS-encrypted vault; the owner-only file in the data folder otherwise. */
  readonly tokenVault?: (dataDir: string) => TokenVault;
}

/**
 * The context over an open store. The calendar is the store's own (settings table; the defaults
 * when unset), and the acting person the settings' own, both read at each use: a long-running host
 * follows a calendar `cpor sla calendar` changed, and an identity or role Settings changed.
 */
export function storeContext(source: Store | LiveStore, opts: ContextOptions): ServiceContext {
  const live = isLiveStore(source) ? source : null;
  const personal =
    opts.personal ??
    personalSettings(memoryBackend({ ...(opts.user ? { identity: opts.user } : {}), ...(opts.role ? { role: opts.role } : {}) }), {
      identity: opts.user ?? defaultUser(),
    });
  return {
    get store() {
      return live ? live.store : (source as Store);
    },
    get calendar() {
      return readCalendar(this.store.db);
    },
    now: opts.now,
    // Joined to a team hub, a person acts as their token says: the hub takes changes only in that
    // name and refuses what that role may not do, so the workstation acts the same way.
    get user() {
      return hubIdentity(this.store.db)?.name ?? personal.current().identity;
    },
    get role() {
      return hubIdentity(this.store.db)?.role ?? personal.current().role;
    },
    personal,
    liveStore: live,
    appVersion: opts.appVersion,
    transport: opts.transport,
    get tokenVault() {
      return (opts.tokenVault ?? ownerOnlyFileVault)(this.store.dataDir);
    },
  };
}
