// The categories rules may assign are the records' (one Category type for the whole codebase).
// UNKNOWN is reserved for "no rule matched" and cannot be chosen by a rule, so a match always
// says something.
export { CATEGORIES, type AssignedCategory, type Category } from '../../records.ts';
