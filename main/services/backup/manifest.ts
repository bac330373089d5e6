// What a backup says about itself; checked before anything is restored.
import { z } from 'zod';

export const BACKUP_FORMAT = 'cpor-backup';
export const MANIFEST_NAME = 'cpor-backup.json';
export const DB_ENTRY = 'cpor.db';
export const FILE_ENTRY = /^files\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

export const ManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  claims: z.number().int().nonnegative(),
  historyEntries: z.number().int().nonnegative(),
  files: z.number().int().nonnegative(),
  dbSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Manifest = z.infer<typeof ManifestSchema>;
