// The Settings screen: what settings.get returned, each section's save (its own status and its
// refusal, placed at the field it names), and backup and restore. A save that changes who acts,
// their role or the theme reloads the session, so the whole window follows at once.
import { create } from 'zustand';
import { backupFileName } from '../../shared/api/backup-file';
import type { SettingsUpdate, SettingsUpdateResult, SettingsView } from '../../shared/api/schemas';
import { type ApiError, call } from '../api/client';
import { toApiError } from '../api/api-error';
import type { FieldError } from '../features/settings/fieldError';
import { type SavedNote, saveErrors, type StoreTask } from '../features/settings/outcomes';
import { saveBytes } from '../api/saveBytes';
import { chooseLanguage } from '../i18n/language-choice';
import { useClaimStore } from './claimStore';
import { useQueueStore } from './queueStore';
import { useSessionStore } from './sessionStore';

export type SectionId = 'identity' | 'calendar' | 'policy' | 'appearance' | 'hub' | 'data';

export type { StoreTask };

export interface SectionStatus {
  readonly saving: boolean;
  /** The last save's refusal, one entry per setting it names (none when it was saved). */
  readonly errors: readonly FieldError[];
  /** What the last save did ("Saved. 12 deadlines moved."), worded when shown. */
  readonly saved: SavedNote | null;
}

interface SettingsState {
  readonly view: SettingsView | null;
  readonly loadError: ApiError | null;
  readonly sections: Partial<Record<SectionId, SectionStatus>>;
  readonly backup: StoreTask | null;
  readonly restore: StoreTask | null;
  readonly load: () => Promise<void>;
  /** Saves a change; `describe` says what it did ("Saved." by default). Resolves true when it was saved. */
  readonly save: (section: SectionId, change: SettingsUpdate, describe?: (result: SettingsUpdateResult) => SavedNote) => Promise<boolean>;
  readonly backUp: () => Promise<void>;
  /** The browser host sends the chosen file's bytes; the desktop app asks for the file in a native dialog (null). */
  readonly restoreFrom: (file: File | null) => Promise<void>;
}

function failed(kind: 'backup' | 'restore', error: unknown): StoreTask {
  return { state: 'failed', kind, error: toApiError(error) };
}

/** After a restore every screen shows the restored store: the open claim closes, the queue and session reload. */
function showRestoredStore(): void {
  useClaimStore.getState().close();
  useQueueStore.getState().reload();
  void useSessionStore.getState().load();
}

const PERSON_KEYS: readonly (keyof SettingsUpdate)[] = ['identity', 'role', 'theme', 'language'];

export const useSettingsStore = create<SettingsState>()((set, get) => {
  const setSection = (section: SectionId, status: SectionStatus) => set({ sections: { ...get().sections, [section]: status } });
  return {
    view: null,
    loadError: null,
    sections: {},
    backup: null,
    restore: null,

    async load() {
      try {
        set({ view: await call('settings.get', {}), loadError: null });
      } catch (error) {
        set({ loadError: toApiError(error) });
      }
    },

    async save(section, change, describe) {
      setSection(section, { saving: true, errors: [], saved: null });
      try {
        const result = await call('settings.update', change);
        const view = get().view;
        if (view) set({ view: { ...view, settings: result.settings } });
        setSection(section, { saving: false, errors: [], saved: describe ? describe(result) : { kind: 'saved' } });
        if (change.language) chooseLanguage(change.language);
        if (PERSON_KEYS.some((k) => change[k] !== undefined)) void useSessionStore.getState().load();
        // The calendar's zone and holidays drive every countdown on screen.
        if (change.calendar) {
          void useSessionStore.getState().load();
          useQueueStore.getState().reload();
        }
        return true;
      } catch (error) {
        setSection(section, { saving: false, errors: saveErrors(toApiError(error)), saved: null });
        return false;
      }
    },

    async backUp() {
      set({ backup: { state: 'working', kind: 'backup' } });
      try {
        if (useSessionStore.getState().info?.transport === 'electron') {
          const saved = await call('store.backupToFile', {});
          set({ backup: saved ? { state: 'done', kind: 'backedUp', claims: saved.claims, files: saved.files, file: saved.file } : null });
        } else {
          const bytes = await call('store.backup', {});
          const name = backupFileName(new Date());
          saveBytes(bytes, name, 'application/zip');
          set({ backup: { state: 'done', kind: 'downloading', file: name } });
        }
      } catch (error) {
        set({ backup: failed('backup', error) });
      }
    },

    async restoreFrom(file) {
      set({ restore: { state: 'working', kind: 'restore' } });
      try {
        const restored = file ? await call('store.restore', new Uint8Array(await file.arrayBuffer())) : await call('store.restoreFromFile', {});
        if (!restored) {
          set({ restore: null });
          return;
        }
        set({ restore: { state: 'done', kind: 'restored', restored } });
        showRestoredStore();
        await get().load();
      } catch (error) {
        set({ restore: failed('restore', error) });
      }
    },
  };
});
