import type { Migration } from '../migrate';

// The same file (SHA-256) as a PoE on claims for other customers or partners is looked up for
// every claim shown and every queue page: an index from a file to the claims that hold it.
export const documentsByFile: Migration = {
  version: 14,
  name: '0014-documents-by-file',
  up(db) {
    db.exec('CREATE INDEX documents_by_file ON documents (sha256, claim_id)');
  },
};
