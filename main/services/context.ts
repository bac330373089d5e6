// What every service needs: the open store, the business calendar, the clock and who is acting.
import type { CalendarConfig } from '../../shared/domain/calendar';
import type { Store } from '../store/open';
import { readCalendar } from '../store/settings-table';

export interface ServiceContext {
  readonly store: Store;
  readonly calendar: CalendarConfig;
  /** Injectable so tests and `--now` can pin time; production passes () => new Date(). */
  readonly now: () => Date;
  /** The reviewer at this workstation; decisions made through the API are theirs. */
  readonly user: string;
  readonly appVersion: string;
  readonly transport: 'electron' | 'browser-host';
}

/**
 * The context over an open store. The calendar is the store's own (settings table; the defaults
 * when unset), read at each use: a long-running host (Electron, `cpor serve`) follows a calendar
 * that `cpor sla calendar` changed meanwhile instead of writing deadlines by the old one.
 */
export function storeContext(store: Store, opts: Omit<ServiceContext, 'store' | 'calendar'>): ServiceContext {
  return {
    store,
    get calendar() {
      return readCalendar(store.db);
    },
    ...opts,
  };
}
