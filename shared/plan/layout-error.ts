/** Which option was wrong, so a caller can point at the field. */
export type LayoutErrorField =
  | 'locale'
  | 'participants'
  | 'startTime'
  | 'meetingMinutes'
  | 'theme'
  | 'network'
  | 'origin'
  | 'createId'
  | 'notes'
  | 'columns'
  | 'gap';

/** Thrown by the layout on bad options; the message says what was expected (English, for logs and the CLI). */
export class LayoutError extends Error {
  override readonly name = 'LayoutError';
  readonly field: LayoutErrorField;

  constructor(field: LayoutErrorField, message: string) {
    super(message);
    this.field = field;
  }
}
