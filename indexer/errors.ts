/**
 * The base of every error the portal raises on purpose, in the indexer, the engines and the server: a
 * snake_case `code` a program can branch on and a message a user can act on. It lives at the bottom of
 * the import graph (the indexer) so that every part extends the same class. Which code answers which HTTP
 * status is decided once, in server/errors.ts.
 */
export class CodedError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = new.target.name
  }
}
