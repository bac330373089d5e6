// What every service needs: the open store, the business calendar, the clock and who is acting.
import type { CalendarConfig } from '../../shared/domain/calendar';
import type { Store } from '../store/open';

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
