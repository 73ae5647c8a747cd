/**
 * The clause an anchor of a plan page names once a re-index renamed its plan. The server sends /p/<old> to
 * /p/<new> (301) and the browser keeps the fragment, so the page opens at #<old clause id>, which the new plan
 * does not hold. Asking /api/clauses/<old clause id> follows the server's own redirect (server/http/moved-ids.ts)
 * to the live clause: its id is the anchor to scroll to, when it is a clause of this plan.
 */
import { api } from '../api/client.js'

/** The live id of `anchor` in plan `planId`, or null when the plan holds the anchor already or it leads nowhere here. */
export async function liveAnchor(planId: string, clauseIds: readonly string[], anchor: string, signal?: AbortSignal): Promise<string | null> {
  if (clauseIds.includes(anchor)) return null
  const found = await api.clause(anchor, '', signal).catch(() => null)
  return found && found.clause.planId === planId && found.clause.id !== anchor ? found.clause.id : null
}
