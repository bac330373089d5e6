// A backup's copy of the database keeps the store's free pages (zeros) as SQLite's backup API
// copies them. Restore refuses an entry that expands past a ratio (a zip bomb is mostly zeros), so
// a copy with many free pages is compacted before it is zipped.
import Database from 'better-sqlite3';

/** VACUUMs the copy when more than a tenth of its pages are free. */
export function compactCopy(file: string): void {
  const db = new Database(file);
  try {
    const free = db.pragma('freelist_count', { simple: true }) as number;
    const pages = db.pragma('page_count', { simple: true }) as number;
    if (free * 10 > pages) db.exec('VACUUM');
  } finally {
    db.close();
  }
}
