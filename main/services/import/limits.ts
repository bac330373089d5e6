// Size and shape limits for what a bundle may hold. They keep a hostile or mistaken bundle
// (a zip bomb, a 10 GB "PDF", a million tiny entries) from exhausting memory or disk.

/** One PoE file (the hub takes files up to the same size). */
export { MAX_DOCUMENT_BYTES } from '../../../shared/api/bundle';
/** claims.json or claims.csv. */
export const MAX_CLAIMS_FILE_BYTES = 200 * 1024 * 1024;

/** Entries in a .zip bundle (files and folders together). */
export const MAX_ZIP_ENTRIES = 20_000;
/** Everything in a .zip bundle, uncompressed. */
export const MAX_ZIP_TOTAL_BYTES = 2 * 1024 * 1024 * 1024;
/** Real PDFs and images compress far less than this; zeros and bombs compress far more. */
export const MAX_ZIP_RATIO = 200;
/** Small entries may compress well (text, empty pages) without being a danger. */
export const ZIP_RATIO_CHECK_ABOVE_BYTES = 1024 * 1024;
