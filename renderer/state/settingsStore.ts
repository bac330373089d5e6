// The Settings screen: what settings.get returned, each section's save (its own status and its
// refusal, placed at the field it names), and backup and restore. A save that changes who acts,
// their role or the theme reloads the session, so the whole window follows at once.
import { create } from 'zustand';
import { backupFileName } from '../../shared/api/backup-file';
import type { Language, Restored, SettingsUpdate, SettingsUpdateResult, SettingsView, Theme, TimeZoneDisplay } from '../../shared/api/schemas';
import type { PolicyId } from '../../shared/domain/codes';
import type { Role } from '../../shared/domain/roles';
import { type ApiError, call } from '../api/client';
import { toApiError } from '../api/api-error';
import { saveBytes } from '../api/saveBytes';
import { chooseLanguage } from '../i18n/language-choice';
import { useClaimStore } from './claimStore';
import { useQueueStore } from './queueStore';
import { useSessionStore } from './sessionStore';

export type SectionId = 'identity' | 'calendar' | 'policy' | 'appearance' | 'hub' | 'data';

// What a save, a backup or a restore came to, as facts: the screen words them when it shows them
// (features/settings/Outcome.tsx), so a line already on screen follows a switch of language.
export type SavedNote =
  | { readonly kind: 'saved' }
  | { readonly kind: 'identity'; readonly identity: string; readonly role: Role }
  | { readonly kind: 'calendar'; readonly deadlines: { readonly claims: number; readonly changed: number } | null }
  | { readonly kind: 'policy'; readonly policy: PolicyId; readonly from: string }
  /** The calendar or the policy saved on the team hub, as its version `version`. */
  | { readonly kind: 'team'; readonly version: number }
  | { readonly kind: 'theme'; readonly theme: Theme }
  | { readonly kind: 'language'; readonly language: Language }
  | { readonly kind: 'times'; readonly display: TimeZoneDisplay }
  | { readonly kind: 'dataFolder'; readonly folder: string };

export type StoreTask =
  | { readonly state: 'working'; readonly kind: 'backup' | 'restore' }
  | { readonly state: 'done'; readonly kind: 'backedUp'; readonly claims: number; readonly files: number; readonly file: string }
  | { readonly state: 'done'; readonly kind: 'downloading'; readonly file: string }
  | { readonly state: 'done'; readonly kind: 'restored'; readonly restored: Restored }
  | { readonly state: 'failed'; readonly kind: 'backup' | 'restore'; readonly error: ApiError };

/** A section's last save as the store keeps it. */
export interface SectionSave {
  readonly saving: boolean;
  /** The last save's refusal (null when it was saved); the screen places it at the settings it names. */
  readonly error: ApiError | null;
  /** What the last save did ("Saved. 12 deadlines moved."), worded when shown. */
  readonly saved: SavedNote | null;
}

interface SettingsState {
  readonly view: SettingsView | null;
  readonly loadError: ApiError | null;
  readonly sections: Partial<Record<SectionId, SectionSave>>;
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

const PERSON_KEYS: readonly (keyof SettingsUpdate)[] = ['identity', 'role', 'theme', 'language', 'timeZoneDisplay'];

export const useSettingsStore = create<SettingsState>()((set, get) => {
  const setSection = (section: SectionId, status: SectionSave) => set({ sections: { ...get().sections, [section]: status } });
  return {
    view: null,
    loadError: null,
    sections: {},
    backup: null,
    restore: null,

    async load() {
      try {
        const shown = get().view;
        const view = await call('settings.get', {});
        set({ view, loadError: null });
        // A sync round brought other team settings: the countdowns and the queue follow their calendar.
        if (shown && shown.settings.teamHub.inForce?.version !== view.settings.teamHub.inForce?.version) {
          void useSessionStore.getState().load();
          useQueueStore.getState().reload();
        }
      } catch (error) {
        set({ loadError: toApiError(error) });
      }
    },

    async save(section, change, describe) {
      setSection(section, { saving: true, error: null, saved: null });
      try {
        const result = await call('settings.update', change);
        const view = get().view;
        if (view) set({ view: { ...view, settings: result.settings } });
        setSection(section, { saving: false, error: null, saved: describe ? describe(result) : { kind: 'saved' } });
        if (change.language) chooseLanguage(change.language);
        if (PERSON_KEYS.some((k) => change[k] !== undefined)) void useSessionStore.getState().load();
        // The calendar's zone and holidays drive every countdown on screen.
        if (change.calendar) {
          void useSessionStore.getState().load();
          useQueueStore.getState().reload();
        }
        return true;
      } catch (error) {
        const refused = toApiError(error);
        setSection(section, { saving: false, error: refused, saved: null });
        // Another team lead changed the team's settings meanwhile: the service fetched theirs; show them.
        if (refused.refusal?.key === 'team-settings-changed') {
          void get().load();
          void useSessionStore.getState().load();
          useQueueStore.getState().reload();
        }
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
