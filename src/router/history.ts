import { createWebHashHistory, createWebHistory, type RouterHistory } from 'vue-router'

/**
 * The single file (`npm run build:offline`) is opened from file://, where no server answers a
 * deep link or a reload of `/myna/`: there the route lives after the `#`. Served builds keep real
 * paths under their base (SIM_BASE), which a static server maps back to index.html.
 */
export function appHistory(): RouterHistory {
  return import.meta.env.MODE === 'offline'
    ? createWebHashHistory()
    : createWebHistory(import.meta.env.BASE_URL)
}
