/**
 * `/` goes to the search box from any page, as the start page promises. A page with a search box handles
 * the key itself (SearchBox.vue, which prevents the default); on the others (a clause, a plan, the basket)
 * it opens the search page, with the query the page was opened with, and focuses the box there.
 */
import { nextTick, onBeforeUnmount, onMounted } from 'vue'
import type { Router } from 'vue-router'

/** Whether a key pressed here is text being typed, which `/` must not interrupt. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  if (!el || !el.tagName) return false
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)
}

export function isSlashShortcut(event: KeyboardEvent): boolean {
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)
}

export function useSlashToSearch(router: Router) {
  async function onKey(event: KeyboardEvent) {
    if (event.defaultPrevented || !isSlashShortcut(event)) return
    event.preventDefault()
    const q = router.currentRoute.value.query.q
    await router.push(typeof q === 'string' && q.trim() ? { name: 'search', query: { q } } : { name: 'home' })
    await nextTick()
    document.querySelector<HTMLInputElement>('.search-box__input')?.focus()
  }
  // On window, so the search boxes' own listeners on document have run first.
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}
