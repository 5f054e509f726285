// The English names of the days and the months, one copy for every module that must tell a date
// from a name ("said Monday", "Monday, the council …"), a speaker or a figure ("May 2015").

/** The weekdays, capitalised as written. */
export const WEEKDAY_NAMES = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');
/** The months, capitalised as written. */
export const MONTH_NAMES =
  'January February March April May June July August September October November December'.split(' ');
/** Lower-cased words, for sets of word forms. */
export const lowerWords = (names: string[]): string[] => names.map((n) => n.toLowerCase());
/** The weekdays, lower-cased (a token's `lower`). */
export const WEEKDAYS = new Set(lowerWords(WEEKDAY_NAMES));
