// Exit codes of the seika command.
export const EXIT_OK = 0;
/** Error findings (check, consolidate) or files that could not be read (export). */
export const EXIT_FINDINGS = 1;
/** A usage mistake: unknown option, missing file, bad JSON. */
export const EXIT_USAGE = 2;
