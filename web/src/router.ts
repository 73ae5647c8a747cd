/**
 * Routes. Every page but the search page is a separate chunk, so the first load carries only
 * what `/` needs; the search page itself loads the chart code only when trends are shown.
 */
import { createRouter, createWebHistory, type Router, type RouterHistory } from 'vue-router'
import { rememberFocus, restorePosition, trackActivation } from './navigation/history-memory.js'
import SearchPage from './pages/SearchPage.vue'

export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({
    history,
    routes: [
      { path: '/', name: 'home', component: SearchPage },
      { path: '/search', name: 'search', component: SearchPage },
      { path: '/c/:clauseId', name: 'clause', component: () => import('./pages/ClausePage.vue') },
      { path: '/p/:planId', name: 'plan', component: () => import('./pages/PlanPage.vue') },
      { path: '/compare', name: 'compare', component: () => import('./pages/ComparePage.vue') },
      { path: '/compare/plans', name: 'plan-diff', component: () => import('./pages/PlanDiffPage.vue') },
      { path: '/research', name: 'research', component: () => import('./pages/ResearchPage.vue') },
      { path: '/research/clauses', name: 'research-clauses', component: () => import('./pages/ResearchClausesPage.vue') },
      { path: '/basket', name: 'basket', component: () => import('./pages/BasketPage.vue') },
      { path: '/plans', name: 'plans', component: () => import('./pages/PlansPage.vue') },
      { path: '/api-docs', name: 'api-docs', component: () => import('./pages/ApiDocsPage.vue') },
      { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue') },
    ],
    // Pages that open at an anchor scroll themselves once their data has loaded; back and forward
    // wait for the page to hold the saved position again (history-memory.ts).
    scrollBehavior(to, from, saved) {
      if (saved) return restorePosition(to, saved)
      if (to.hash || to.name === 'clause') return false
      if (to.path === from.path) return false
      return { top: 0 }
    },
  })
  router.beforeEach((_to, from) => { rememberFocus(from) })
  if (typeof document !== 'undefined') trackActivation(document)
  return router
}
