/** A file (or a request) that cannot be imported at all, with the reasons by field. */
export class FileRejected extends Error {
  constructor(
    message: string,
    readonly errors: Record<string, string> = { file: message },
  ) {
    super(message);
  }
}
