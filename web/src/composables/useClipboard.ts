/**
 * Copy text: the async Clipboard API where the page is allowed to use it, otherwise a hidden
 * textarea and execCommand('copy'), which still works on plain HTTP and in older browsers.
 */
import { ref } from 'vue'

export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Permission denied or not focused: fall through to the legacy path.
  }
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.appendChild(area)
  area.select()
  let ok = false
  try {
    ok = document.execCommand('copy')
  } catch {
    ok = false
  }
  area.remove()
  return ok
}

export function useClipboard() {
  const status = ref<'idle' | 'copied' | 'failed'>('idle')
  let timer: ReturnType<typeof setTimeout> | undefined

  async function copy(text: string) {
    status.value = (await copyText(text)) ? 'copied' : 'failed'
    clearTimeout(timer)
    timer = setTimeout(() => { status.value = 'idle' }, 2500)
  }

  return { status, copy }
}
