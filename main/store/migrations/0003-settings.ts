import type { Migration } from '../migrate';

// Store-wide settings as key/value text: the business calendar (calendar.region,
// calendar.time-zone, calendar.closing) lives here, so every process opening the store computes
// deadlines the same way. No rows means the built-in defaults.
export const settings: Migration = {
  version: 3,
  name: '0003-settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
