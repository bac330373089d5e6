// The desktop app's personal settings: electron-store (a JSON file in Electron's user-data folder,
// written atomically), behind the same SettingsBackend as the browser host's file.
import ElectronStore from 'electron-store';
import type { SettingsBackend } from '../services/settings/personal-settings';

export function electronStoreBackend(): SettingsBackend {
  // A damaged file is cleared: these are preferences, and a broken one must not stop the app.
  const store = new ElectronStore<Record<string, unknown>>({ clearInvalidConfig: true });
  return {
    load: () => ({ ...store.store }),
    save: (values) => {
      store.store = values;
    },
    location: store.path,
  };
}
