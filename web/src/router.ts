/**
 * Routes. Every page but the search page is a separate chunk, so the first load carries only
 * what `/` needs; the search page itself loads the chart code only when trends are shown.
 */
import { createRouter, createWebHistory, type Router, type RouterHistory } from 'vue-router'
import SearchPage from './pages/SearchPage.vue'

export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  return createRouter({
    history,
    routes: [
      { path: '/', name: 'home', component: SearchPage },
      { path: '/search', name: 'search', component: SearchPage },
      { path: '/c/:clauseId', name: 'clause', component: () => import('./pages/ClausePage.vue') },
      { path: '/p/:planId', name: 'plan', component: () => import('./pages/PlanPage.vue') },
      { path: '/compare', name: 'compare', component: () => import('./pages/ComparePage.vue') },
      { path: '/plans', name: 'plans', component: () => import('./pages/PlansPage.vue') },
      { path: '/api-docs', name: 'api-docs', component: () => import('./pages/ApiDocsPage.vue') },
      { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue') },
    ],
    // Pages that open at an anchor scroll themselves once their data has loaded.
    scrollBehavior(to, from, saved) {
      if (saved) return saved
      if (to.hash || to.name === 'clause') return false
      if (to.path === from.path) return false
      return { top: 0 }
    },
  })
}
