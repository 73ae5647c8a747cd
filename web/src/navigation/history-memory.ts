/**
 * Back and forward return the reader to where they were: the scroll position (vue-router saves it)
 * once the page has grown tall enough to hold it again, and the result that had focus.
 * Pages load their data after the route changes, so restoring at once would clamp the scroll to the
 * top of a still-empty page; the router waits here for the content first.
 */
import type { RouteLocationNormalized } from 'vue-router'

/** Elements a reader can come back to carry `data-return-key` (a result's title link, say). */
const KEY_ATTRIBUTE = 'data-return-key'
/** Give up waiting for a slow page after this long and restore what can be restored. */
const MAX_WAIT_MS = 4000

const focusByEntry = new Map<string, string>()
let lastActivated: string | null = null
/** The full path of the entry being restored from history, until the next navigation starts. */
let restoringPath: string | null = null

function entryKey(fullPath: string): string {
  const position = (window.history.state as { position?: number } | null)?.position ?? 0
  return `${position} ${fullPath}`
}

function returnKeyOf(el: Element | null): string | null {
  return el?.closest(`[${KEY_ATTRIBUTE}]`)?.getAttribute(KEY_ATTRIBUTE) ?? null
}

/** Remember a result opened by mouse or touch too, where the link may never take focus. */
export function trackActivation(doc: Document): void {
  doc.addEventListener('click', (event) => {
    const key = returnKeyOf(event.target as Element | null)
    if (key) lastActivated = key
  }, { capture: true })
}

/** Before leaving a page (router.beforeEach): note which result the reader was on. */
export function rememberFocus(from: RouteLocationNormalized): void {
  restoringPath = null
  const key = returnKeyOf(document.activeElement) ?? lastActivated
  lastActivated = null
  if (key) focusByEntry.set(entryKey(from.fullPath), key)
  else focusByEntry.delete(entryKey(from.fullPath))
}

/** True while the page shown was reached by back/forward: it must not jump to its anchor then. */
export function isRestoringFromHistory(fullPath: string): boolean {
  return restoringPath === fullPath
}

function contentReady(top: number): boolean {
  // A page still loading shows a LoadingBlock or marks the part that will still grow aria-busy.
  const loading = document.querySelector('main [role="status"].loading, main [aria-busy="true"]')
  const tallEnough = document.documentElement.scrollHeight - window.innerHeight >= top - 1
  return !loading && tallEnough
}

function waitForContent(top: number): Promise<void> {
  return new Promise((resolve) => {
    const started = performance.now()
    const check = () => {
      if (contentReady(top) || performance.now() - started > MAX_WAIT_MS) resolve()
      else requestAnimationFrame(check)
    }
    check()
  })
}

/** The router's scrollBehavior for a saved position: wait for the content, then refocus the result. */
export async function restorePosition(to: RouteLocationNormalized, saved: { left: number; top: number }) {
  restoringPath = to.fullPath
  const key = focusByEntry.get(entryKey(to.fullPath))
  await waitForContent(saved.top)
  if (key) {
    const target = document.querySelector<HTMLElement>(`[${KEY_ATTRIBUTE}="${CSS.escape(key)}"]`)
    target?.focus({ preventScroll: true })
  }
  return saved
}
