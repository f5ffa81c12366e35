/** iCalendar export (RFC 5545), pure: see calendar.ts. */
export { itineraryCalendar, type CalendarOptions, type CalendarSource } from './calendar';
export { escapeText, foldLine, serializeLines } from './text';
export { vtimezoneLines } from './vtimezone';
