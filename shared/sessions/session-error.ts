/** Which timing option was wrong, so a caller can point at the field. */
export type SessionErrorField = 'locale' | 'participants' | 'minutes' | 'start' | 'template';

/** Thrown on bad timing or layout options; the message says what was expected (English, for logs and the CLI). */
export class SessionError extends Error {
  override readonly name = 'SessionError';
  readonly field: SessionErrorField;

  constructor(field: SessionErrorField, message: string) {
    super(message);
    this.field = field;
  }
}
