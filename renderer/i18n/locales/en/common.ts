// The window's frame (top bar, screens, the lost-connection screen), shared components and the
// errors the renderer itself writes.
export const common = {
  /** A label before its value ("Reason: …"); French puts a no-break space before the colon. */
  colon: '{{text}}:',
  /** Quoted words: a deficiency's name in a sentence. */
  quote: '“{{text}}”',
  yes: 'Yes',
  no: 'No',
  dismiss: 'Dismiss',
  close: 'Close',
  cancel: 'Cancel',
  loading: 'Loading',
  working: 'Working',
  saving: 'Saving',
  sending: 'Sending',
  tryAgain: 'Try again',
  session: { unavailable: 'Session information is unavailable' },
  authLost: {
    title: 'This window is no longer connected',
    body: "This window's access token is missing or expired. Open the address printed by <code>cpor serve</code> / <code>npm start</code> again.",
  },
  screens: { label: 'Screens', desk: 'Desk', team: 'Team', reports: 'Reports', settings: 'Settings' },
  roles: { reviewer: 'Reviewer', 'team-lead': 'Team lead', auditor: 'Auditor' },
  topBar: {
    claims_one: '{{count, number}} claim',
    claims_other: '{{count, number}} claims',
    shortcuts: 'Keyboard shortcuts',
    user: 'Version {{version}} · data: {{dataDir}}',
  },
  sla: { badge: '{{clock}} clock: {{state}}' },
  errors: {
    unauthorized: 'The access token is missing or expired.',
    unreachable: 'The workstation service is not reachable.',
    unexpectedResponse: 'Unexpected response from the service (HTTP {{status}}).',
    malformedResponse: 'Malformed response from the service (HTTP {{status}}).',
    unexpected: 'Unexpected error',
  },
};
