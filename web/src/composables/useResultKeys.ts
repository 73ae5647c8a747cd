/**
 * Keyboard moves through search results: j / k (and ↓ / ↑ once a result or the summary has focus)
 * focus the next or previous result's title link, Enter follows it, o opens the result in its plan.
 * Keys typed into a text field are left alone, as are keys with Ctrl, Alt or ⌘.
 * Results mark themselves with `data-result`, their title link `data-result-link` and their
 * "在原文中查看" link `data-context-link`.
 */
import { onBeforeUnmount, onMounted, type Ref } from 'vue'

/** Keys a text field needs for itself; check boxes, radios and buttons do not use letters. */
export function isTextEntry(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  if (!el || !el.tagName) return false
  if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true
  if (el.tagName !== 'INPUT') return false
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes((el as HTMLInputElement).type)
}

function resultLinks(root: HTMLElement): HTMLAnchorElement[] {
  return [...root.querySelectorAll<HTMLAnchorElement>('[data-result-link]')]
}

/** Focus the first result (the "跳到检索结果" link); false when there is none. */
export function focusFirstResult(root: ParentNode = document): boolean {
  const first = root.querySelector<HTMLElement>('[data-result-link]')
  if (!first) return false
  first.focus()
  first.scrollIntoView({ block: 'nearest' })
  return true
}

export function useResultKeys(root: Ref<HTMLElement | null>) {
  function onKeydown(event: KeyboardEvent) {
    const area = root.value
    if (!area || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return
    // The phone's filter drawer covers the results: a result focused behind it would be invisible.
    if (document.body.classList.contains('drawer-open')) return
    const links = resultLinks(area)
    if (links.length === 0) return
    const active = document.activeElement
    const index = links.findIndex((link) => link.closest('[data-result]')?.contains(active))
    const inResults = index >= 0 || area.contains(active)
    let next: number | null = null
    if (event.key === 'j' || (event.key === 'ArrowDown' && inResults)) next = index < 0 ? 0 : Math.min(index + 1, links.length - 1)
    else if (event.key === 'k' || (event.key === 'ArrowUp' && inResults)) next = index < 0 ? 0 : Math.max(index - 1, 0)
    else if (event.key === 'o' && index >= 0) {
      const context = links[index].closest('[data-result]')?.querySelector<HTMLElement>('[data-context-link]')
      if (context) {
        event.preventDefault()
        context.click()
      }
      return
    }
    if (next === null) return
    event.preventDefault()
    links[next].focus({ preventScroll: true })
    links[next].closest('[data-result]')?.scrollIntoView({ block: 'nearest' })
  }

  onMounted(() => document.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => document.removeEventListener('keydown', onKeydown))
}
