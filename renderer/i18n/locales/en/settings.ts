// The Settings screen: its five sections, what a save says, backup and restore, and the service's
// refusals of a setting in the UI's words (features/settings/fieldError.ts tells which one came).
export const settings = {
  title: 'Settings',
  loading: 'Loading settings…',
  loadFailed: 'Settings could not be loaded',
  save: 'Save',
  saving: 'Saving…',
  notSaved: 'Not saved yet',
  saved: 'Saved.',
  identity: {
    title: 'Identity & role',
    description: 'Your name is recorded with every decision, tick and comment you make here. Your role decides what this workstation lets you do.',
    name: 'Your name',
    nameHint: 'As colleagues and the partner see it in the history.',
    role: 'Role',
    /** <name/> is the name as typed (data). */
    saved: 'Saved. You act as <name/>, {{role}}.',
  },
  calendar: {
    title: 'Business calendar',
    description:
      "Business days are Monday to Friday minus the region's public holidays; a deadline ends at the closing time in the time zone. Saving recomputes every stored deadline.",
    region: 'Holiday region',
    /** <lib/> is the library's name (date-holidays), <code/> the region's code there ("US-CA"). */
    regionHint: 'Public holidays from <lib/> (code <code/>).',
    subdivision: 'State or province',
    wholeCountry: 'Whole country',
    timeZone: 'Time zone',
    timeZoneHint: 'An IANA zone; type to search, e.g. Europe/Paris.',
    closing: 'Closing time',
    closingHint: 'When a business day ends, local time (24-hour).',
    unchanged_one: 'Saved. No deadline moved ({{count, number}} claim checked).',
    unchanged_other: 'Saved. No deadline moved ({{count, number}} claims checked).',
    /** {{claims}} is `claims` below: "of 30 claims". */
    moved_one: 'Saved. {{count, number}} deadline recomputed on the new calendar (of {{claims}}).',
    moved_other: 'Saved. {{count, number}} deadlines recomputed on the new calendar (of {{claims}}).',
    claims_one: '{{count, number}} claim',
    claims_other: '{{count, number}} claims',
  },
  policy: {
    title: 'Policy',
    description:
      'Claims are judged under the policy in force when they were submitted. Claims already in the store keep theirs; this decides for claims imported from now on.',
    active: 'Active policy',
    activeHint: 'In force from {{date}} at the earliest.',
    /** A policy in the list: its id and its title. */
    option: '{{id}} · {{title}}',
    titles: { '2020': 'Customer associations, 2020 edition', '2023': 'Customer associations, 2023 pages' },
    from: 'Applies to claims submitted from',
    fromHint: 'Earlier claims are judged under the {{policy}} policy.',
    saved: 'Saved. New claims submitted from {{date}} on are judged under the {{policy}} policy.',
  },
  /**
   * The calendar and the policy on a workstation joined to a team hub (TeamHubNote.tsx). <name/> is
   * who set them last (data), {{date}} when; {{version}} counts the team's changes.
   */
  teamHub: {
    calendarSetBy: 'Set by the team hub for every workstation joined to it: last changed by <name/> on {{date}} (version {{version}}).',
    policySetBy: 'Set by the team hub for every workstation joined to it: last changed by <name/> on {{date}} (version {{version}}).',
    leadSaves: 'Your changes are saved on the hub; every workstation takes them at its next sync.',
    connect: 'Only a team lead connected to the hub changes them: connect under Team hub, below.',
    first: 'The team hub has no team settings yet: saving makes these the team’s, for every workstation joined to it.',
    saveForTeam: 'Save for the team',
    saved: 'Saved on the team hub (version {{version}}); every workstation takes it at its next sync.',
  },
  appearance: {
    title: 'Appearance',
    description: 'Yours alone: other people at other workstations keep their own.',
    theme: 'Theme',
    themes: { light: 'Light', dark: 'Dark', system: 'System' },
    systemHint: 'Follows your system’s light or dark setting as it changes.',
    themeSaved: { light: 'Saved: light theme.', dark: 'Saved: dark theme.', system: 'Saved: system theme.' },
    language: 'Language',
    /** Each language in the UI's language ("French"); the list itself names each in its own. */
    languages: { en: 'English', fr: 'French' },
    languageSaved: 'Saved: {{language}}.',
    times: 'Times',
    timesHint: 'Deadlines, decisions and comments are shown in this zone, with it beside each time. The calendar\'s is the one the reports use.',
    timesIn: { calendar: 'Calendar ({{zone}})', own: 'Mine ({{zone}})' },
    timesSaved: { calendar: 'Saved: times in the calendar’s zone.', own: 'Saved: times in your own zone.' },
  },
  data: {
    title: 'Data & backup',
    description:
      'The store holds the team’s claims, decisions, history and PoE files. A backup is one consistent copy of all of it, taken while you work.',
    folder: 'Data folder',
    folderHint: 'A new folder takes effect when the workstation restarts; an empty one starts an empty store.',
    folderHintHost:
      'The browser host serves the folder it was started with. To use another, start it with <code>npm start -- --data DIR</code> (or <code>cpor --data DIR serve</code>).',
    choose: 'Choose another…',
    chooseFailed: 'The folder could not be chosen:',
    /** <path/> is the folder (data). */
    next: 'From the next start: <path/>',
    folderSaved: 'Saved. The workstation opens <path/> from its next start.',
    personal: 'Your settings',
    personalHint: 'Name, role and appearance; the calendar and the policy are the team’s and live in the store (or on the team hub).',
    backup: 'Backup',
    backUp: 'Back up now',
    restore: 'Restore from a backup…',
    backupHint:
      'The same backup as <code>cpor backup</code>: one .{{extension}} file with the store and every PoE file. A restore checks all of it first and refuses a damaged backup or one from a newer version.',
    backingUp: 'Backing up…',
    checking: 'Checking the backup…',
    claims_one: '{{count, number}} claim',
    claims_other: '{{count, number}} claims',
    files_one: '{{count, number}} PoE file',
    files_other: '{{count, number}} PoE files',
    /** {{claims}} and {{files}} are the counts above; <file/> and <path/> are paths (data). */
    backedUp: 'Backed up {{claims}} and {{files}} to <file/>.',
    downloading: 'The backup is downloading as <file/>.',
    restored: 'Restored {{claims}} and {{files}} from the backup of {{date}}. The replaced database is kept in <path/>.',
    backupFailed: 'The backup failed:',
    restoreFailed: 'The restore failed:',
    restoreRefused: 'Restore refused, nothing changed:',
    confirm: {
      title: 'Restore from a backup?',
      body: 'Every claim, decision, comment and history entry in this store is replaced by the backup’s. The backup is checked completely first: if anything is wrong, nothing changes. The current database is kept in the data folder.',
      /** <file/> is the chosen file's name (data). */
      bodyFile:
        'Every claim, decision, comment and history entry in this store is replaced by the backup’s (<file/>). The backup is checked completely first: if anything is wrong, nothing changes. The current database is kept in the data folder.',
      choose: 'Choose the backup…',
      restore: 'Restore',
    },
  },
  /**
   * The service's refusal of a value, as the screen can word it (fieldError.ts); <value/> is what
   * was given (data). A refusal it cannot tell shows the service's English after `refused`.
   */
  refusal: {
    refused: 'The workstation refused this:',
    identityEmpty: 'Your name cannot be empty.',
    identityTooLong: 'Your name can have at most {{max}} characters.',
    regionEmpty: 'Choose a holiday region.',
    regionUnknown: 'Unknown holiday region “<value/>”: choose one from the list.',
    zoneEmpty: 'Choose a time zone.',
    zoneUnknown: 'Unknown time zone “<value/>”: type an IANA zone, e.g. America/Los_Angeles or Europe/Paris.',
    closingFormat: 'Write the closing time as HH:MM, from 00:00 to 23:59.',
    policyDate: 'Give the first day as a full date.',
    policyTooEarly: 'The {{policy}} policy took effect on {{effective}}: it cannot apply from {{from}}.',
    folderEmpty: 'Name a folder.',
    folderFixed: 'The browser host serves the folder it was started with; start it with <code>--data DIR</code> to use another.',
    folderRelative: '“<value/>” is not a full path (e.g. {{unix}} or {{windows}}).',
    folderFile: '“<value/>” is a file, not a folder.',
    folderReadOnly: 'The workstation cannot write in “<value/>”.',
    folderMissing: 'No part of “<value/>” exists.',
    nothing: 'Nothing to save: change a setting first.',
  },
};
