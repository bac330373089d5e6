import type { Migration } from '../migrate';
import { initial } from './0001-initial';
import { commentsChecklistOutbox } from './0002-comments-checklist-outbox';
import { settings } from './0003-settings';
import { queueFilterIndexes } from './0004-queue-filter-indexes';
import { prechecks } from './0005-prechecks';
import { productSupport } from './0006-product-support';
import { teamLeadIndexes } from './0007-team-lead-indexes';
import { decisionClockStart } from './0008-decision-clock-start';
import { sync } from './0009-sync';
import { historyChains } from './0010-history-chains';
import { syncRefusals } from './0011-sync-refusals';
import { claimFieldNames } from './0012-claim-field-names';
import { searchIndexWrittenByInsert } from './0013-search-index-written-by-insert';
import { documentsByFile } from './0014-documents-by-file';
import { textPrints } from './0015-text-prints';
import { teamTallies } from './0016-team-tallies';

/** Every migration, oldest first. Add a file per migration and list it here. */
export const MIGRATIONS: readonly Migration[] = [initial, commentsChecklistOutbox, settings, queueFilterIndexes, prechecks, productSupport, teamLeadIndexes, decisionClockStart, sync, historyChains, syncRefusals, claimFieldNames, searchIndexWrittenByInsert, documentsByFile, textPrints, teamTallies];
