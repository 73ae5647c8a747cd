import { watchEffect } from 'vue'

const SITE = '教育工作要点检索'

export function useDocumentTitle(title: () => string | null | undefined) {
  watchEffect(() => {
    const t = title()
    document.title = t ? `${t} · ${SITE}` : SITE
  })
}
