/**
 * Errors that stop a command before it can produce findings: bad options, an unreadable config,
 * a path that does not exist. The CLI prints their message on one line and exits 2.
 * Findings (invalid documents, coverage gaps, breaches) are never exceptions.
 */
export class SlmError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The command line asks for something impossible (unknown value, missing argument). */
export class UsageError extends SlmError {}

/** The repository, its config or an input file cannot be used as given. */
export class InputError extends SlmError {}
