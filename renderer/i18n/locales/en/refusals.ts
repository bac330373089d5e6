// The service's refusals as the screens word them, by key (shared/domain/refusal.ts). The service
// keeps its own English for the API and the command line; these say the same to a person, without
// the command line's hints. Codes arrive as labels (statuses, actions, deficiencies), instants as
// dates in the UI's language (api/error-text.ts). A role's refusals are worded from roles.ts.
export const refusals = {
  'claim-not-found': 'Claim {{claim}} does not exist.',
  'claim-changed': 'Claim {{claim}} changed since it was opened (version {{expected}}, now {{now}}): reload it and try again.',
  'claim-closed-checklist': 'Claim {{claim}} is {{status}}: its checklist is closed.',
  'claim-closed-assignment': 'Claim {{claim}} is {{status}}: it is closed and cannot be assigned.',
  'action-not-allowed': '{{action}} is not possible: the claim is {{status}}.',
  'action-not-in-policy': '{{action}} does not exist under the {{policy}} policy.',
  'deficiency-required': 'Name at least one deficiency.',
  'message-required': 'Write a message to the partner.',
  'reason-required': 'Choose a rejection reason.',
  /** {{deficiencies}} lists the open deficiencies' labels. */
  'override-required_one': '{{deficiencies}} is still open: give a reason to approve anyway.',
  'override-required_other': '{{count}} deficiencies are still open ({{deficiencies}}): give a reason to approve anyway.',
  'disputes-used': 'The {{policy}} policy allows {{max}} dispute per claim and it was used: the partner must submit a new association.',
  'dispute-window-closed': 'The dispute window closed on {{closedAt}}: the partner must submit a new association.',
  'justification-required': 'A business justification is required.',
  'consent-window-closed': 'The customer consent window closed on {{closedAt}}.',
  'answer-required': 'Write an answer to the dispute.',
  'disassociation-reason-required': 'Write the reason for the disassociation.',
  /** {{statuses}} lists the statuses a partner may edit in, joined by "or". */
  'edit-not-allowed': 'Claim {{claim}} cannot be edited while it is {{status}}: under the {{policy}} policy, a partner edits a claim only when it is {{statuses}}.',
  /** {{products}} lists the claimed products, quoted, or says there are none. */
  'product-not-claimed': 'Claim {{claim}} does not claim “{{product}}”; the products it claims: {{products}}.',
  noProduct: 'none',
  'comment-empty': 'Write the comment’s text.',
  'comment-too-long': 'A comment is at most {{max, number}} characters.',
  'internal-note-by-reviewers': 'Internal notes are written by reviewers.',
  'document-not-found': 'Document {{document}} does not exist.',
  'document-file-missing': 'The file of “{{name}}” is missing from the data folder.',
  'document-unknown-type': '“{{name}}” is a file of unknown type: the workstation does not hand it to another program, because opening it could run it.',
  /** The operating system's own words follow, in English. */
  'document-no-program': 'No program could open “{{name}}”:',
  'desktop-only': '{{task}} needs the desktop app.',
  desktopTask: {
    'choose-data-folder': 'Choosing the data folder',
    'save-backup': 'Saving a backup through a file dialog',
    'restore-from-file': 'Restoring through a file dialog',
    'open-external': 'Opening a file with the system viewer',
  },
  /** What a reviewer may not do with an assignment, completing roles.refusal's {{what}}. */
  assign: {
    'assign-to-someone-else': 'assign a claim to someone else',
    'unassign-someone-elses': 'unassign a claim assigned to {{assignee}}',
    'take-someone-elses': 'take a claim assigned to {{assignee}}',
  },
  /** {{problem}} is one of `backup` below. */
  'restore-refused': 'Restore refused, nothing changed: {{problem}}',
  backup: {
    'not-a-backup': 'the file is not a usable backup.',
    damaged: 'the backup is damaged.',
    'damaged-entry': 'the backup is damaged: “{{entry}}” cannot be read or fails its check.',
    'not-workstation-backup': 'this is not a workstation backup.',
    'unexpected-entry': 'the backup holds an unexpected entry, “{{entry}}”.',
    'manifest-invalid': 'the backup’s manifest is not valid.',
    'newer-version': 'this backup was made by a newer version of the workstation (schema {{schema}}, this one knows up to {{known}}): update the workstation first.',
    incomplete: 'the backup is incomplete: {{files}} PoE files of {{expected}}.',
    /** The store check's own words follow, in English. */
    'does-not-verify': 'the backup does not verify:',
    'foreign-schema': 'the backup’s database is not the workstation’s own ({{detail}}): it holds what no version of the workstation makes, and would run it on every change.',
    'entry-too-large': 'the backup’s entry “{{entry}}” declares {{size}} bytes, over the limit of {{limit}}.',
    'zip-bomb': 'the backup’s entry “{{entry}}” would expand {{ratio}} to 1: refused as a likely zip bomb before anything was written.',
    'no-space': 'the backup unpacks to {{neededMb}} MB and the disk has {{freeMb}} MB free: free some space, then restore again.',
    'disk-filled': 'the disk filled up while the backup was unpacked ({{freeMb}} MB free now): free some space, then restore again.',
    'store-busy': 'another program has the store open (a cpor command?): let it finish, then restore again.',
    'too-large': 'the backup is larger than 1 GiB: restore it from a terminal with “cpor restore FILE”.',
  },
  'restore-under-way': 'A restore is already under way.',
  'hub-address': '“{{value}}” is not a hub address: it starts with http:// or https://, as in http://hub.example:7420.',
  'hub-token': 'A hub token is “cpor_” followed by 43 letters, digits, “-” or “_”, as “cpor hub token create” printed it.',
  'review-locked': '{{holder}} is reviewing claim {{claim}} (review lock until {{until}}).',
  'hub-unreachable': 'The team hub cannot be reached; your work stays queued. ({{detail}})',
  'hub-refused': 'The team hub refused: {{detail}}',
  /** {{name}} is who set them last (data); {{setAt}} when. */
  'team-settings-from-hub': 'The business calendar and the policy are set by the team hub (last by {{name}}, {{setAt}}): a team lead changes them in Settings while connected to the hub.',
  'team-settings-changed': '{{name}} changed the team’s settings on the hub ({{setAt}}) while you were editing: they are shown again; make your change on them and save.',
  'team-settings-offline': 'The team’s calendar and policy change only on the team hub, which cannot be reached: nothing was changed. ({{detail}})',
  'disk-full': 'The disk that holds the data folder is full: nothing was saved ({{method}}). Free some space, then try again.',
  'store-read-only': 'The data folder cannot be written (it is read-only, or another user’s): you can read, but nothing can be changed here ({{method}}).',
  'failed-unexpectedly': 'The workstation failed unexpectedly ({{method}}); the details are in its log.',
};
