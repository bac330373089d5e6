// What the roles are for and what a role may not do, as the renderer says it. The service keeps
// its own English (shared/domain/roles.ts) for the API and the command line; these sentences are
// built the same way from translated parts (i18n/roleRefusal.ts): "An auditor may not decide on
// claims: the roles reviewer and team lead may."
export const roles = {
  /** What each role is for, beside the choice in Settings. */
  summary: {
    reviewer: 'Takes claims, ticks the checklist, comments and decides; assigns claims only to themself.',
    'team-lead': 'Everything a reviewer does, plus assigning anyone, the team view, reports and restoring a backup.',
    auditor: 'Reads queues, claims and history, verifies the store and exports reports; changes nothing.',
  },
  /** A role's name inside a sentence ("You act as Dana, auditor"; "the roles reviewer and team lead"). */
  inSentence: { reviewer: 'reviewer', 'team-lead': 'team lead', auditor: 'auditor' },
  /** The role acting, as the subject of a refusal. */
  subject: { reviewer: 'A reviewer', 'team-lead': 'A team lead', auditor: 'An auditor' },
  /** {{what}} is one of `what` below; {{allowed}} is `allowed`. */
  refusal: '{{subject}} may not {{what}}: {{allowed}}.',
  /** {{roles}} lists the roles that may, in the language's own way ("reviewer and team lead"). */
  allowed_one: 'the role {{roles}} may',
  allowed_other: 'the roles {{roles}} may',
  /** What an API method does, by its name (shared/api/permissions.ts PERMISSIONS). */
  what: {
    claim: {
      decide: 'decide on claims',
      checklist: 'tick the deficiency checklist',
      productSupport: 'mark which products the PoE supports',
      comment: 'write comments',
      precheck: 'run the pre-check',
      edit: 'record a partner’s edit',
      record: 'record a partner’s or customer’s action',
      assign: 'assign claims',
      assignMany: 'assign claims in bulk',
    },
    queue: { next: 'take the next claim' },
    team: { dashboard: 'open the team view' },
    report: { preview: 'preview decision reports', file: 'export decision reports' },
    store: { backup: 'back up the store', backupToFile: 'back up the store', restore: 'restore a backup', restoreFromFile: 'restore a backup' },
    sync: { resolve: 'resolve sync conflicts' },
  },
  /** The team's parts of the settings (shared/domain/roles.ts TEAM_SETTINGS). */
  teamSettings: {
    calendar: 'change the team’s business calendar',
    policy: 'change the team’s active policy',
  },
  /** The way from a role note to the setting that changes the role. */
  settingsLink: 'Role settings',
};
