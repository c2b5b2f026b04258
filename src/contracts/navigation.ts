/**
 * A server's answer that sends the browser somewhere else. MSW does not intercept page
 * navigations, so redirects travel as JSON and the app follows them with `router.replace`.
 * `location` is an absolute URL on one of the simulated sites (see sites.ts).
 */
export interface RedirectBody {
  location: string
}
