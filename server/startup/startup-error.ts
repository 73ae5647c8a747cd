/** Why `npm start` cannot get the portal ready; main.ts prints the message and exits. */
export type StartupErrorCode = 'corpus_missing'

export class StartupError extends Error {
  override readonly name = 'StartupError'
  constructor(
    readonly code: StartupErrorCode,
    message: string,
  ) {
    super(message)
  }
}
