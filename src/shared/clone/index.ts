/** Next year's program from this year's. */
export { cloneProgram, CloneError, shiftDate, shiftDaysTo, shiftZoned, type CloneOptions, type CloneReport } from './clone';
