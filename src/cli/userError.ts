/** Exit codes of `dienhinh`: what a script calling it can rely on. */
export enum ExitCode {
  /** Nothing wrong: no errors, every quota met. */
  Ok = 0,
  /** Findings with errors, or quotas not met. */
  Findings = 1,
  /** Unusable input or arguments: nothing was checked. */
  Unusable = 2,
}

/** A problem the user can fix, told in one Vietnamese sentence; never shown with a stack trace. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}
