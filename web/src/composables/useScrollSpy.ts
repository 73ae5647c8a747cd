/** The id of the element nearest the top of the viewport, for an outline that follows the scroll. */
import { onBeforeUnmount, ref, watch, type Ref } from 'vue'

export function useScrollSpy(ids: Ref<string[]>) {
  const activeId = ref<string | null>(null)
  const visible = new Set<string>()
  let observer: IntersectionObserver | null = null

  function pick() {
    const first = ids.value.find((id) => visible.has(id))
    if (first) activeId.value = first
  }

  function observe() {
    observer?.disconnect()
    visible.clear()
    if (typeof IntersectionObserver === 'undefined') return
    // The band from the top to 40 % of the screen counts as "being read".
    observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target.id)
        else visible.delete(entry.target.id)
      }
      pick()
    }, { rootMargin: '0px 0px -60% 0px' })
    for (const id of ids.value) {
      const el = document.getElementById(id)
      if (el) observer.observe(el)
    }
  }

  watch(ids, () => requestAnimationFrame(observe), { flush: 'post' })
  onBeforeUnmount(() => observer?.disconnect())

  return { activeId, refresh: observe }
}
