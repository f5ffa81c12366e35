/** Roster import, pure: column detection, date reading, and the plan with its one undoable command. */
export * from './columns';
export * from './dates';
export * from './garbled';
export * from './import';
