import { CodedError } from '../../indexer/errors.js'

/** Why `npm start` cannot get the portal ready; main.ts prints the message and exits. */
export type StartupErrorCode = 'corpus_missing'

export class StartupError extends CodedError<StartupErrorCode> {}
