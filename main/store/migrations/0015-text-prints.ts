import type { Migration } from '../migrate';

// Near-identical PoE text across claims: each file's MinHash print (derived from its bytes, so
// keyed by SHA-256) and its band keys, indexed so that the candidates for a new file are a few
// index look-ups whatever the number of files stored; and the pairs found near-identical, both
// ways round, so that a queue page reads them as it reads the same file (documents_by_file).
export const textPrints: Migration = {
  version: 15,
  name: '0015-text-prints',
  up(db) {
    db.exec(`
      CREATE TABLE text_prints (
        sha256 TEXT PRIMARY KEY REFERENCES files (sha256),
        -- NULL: read, but too little text to judge (the file is not read again for a print).
        print TEXT
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE text_bands (
        band INTEGER NOT NULL,
        sha256 TEXT NOT NULL REFERENCES text_prints (sha256),
        PRIMARY KEY (band, sha256)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE similar_files (
        sha256 TEXT NOT NULL REFERENCES text_prints (sha256),
        other TEXT NOT NULL REFERENCES text_prints (sha256),
        similarity REAL NOT NULL CHECK (similarity >= 0 AND similarity <= 1),
        PRIMARY KEY (sha256, other)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
