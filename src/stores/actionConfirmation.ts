/** Long enough for a navigation to follow its action, far shorter than a person's next click. */
const CONFIRMATION_LIFETIME_MS = 1000

/**
 * When a server last confirmed this site's session in answer to an action (a login, a change sent
 * with the session's CSRF token, a single sign-on). The navigation that action leads to takes it
 * instead of asking the server again (src/router/sessionGuard.ts); any navigation takes it, and it
 * lapses after a second. Not state the screens show, so not reactive.
 */
export function actionConfirmation() {
  let confirmedAt: number | undefined
  const confirm = () => void (confirmedAt = performance.now())
  return {
    confirm,
    /** Where an answer sends the browser; when it also says who is signed in, that is taken. */
    locationOf<Session>(
      body: { location: string; session?: Session },
      signedIn: (session: Session) => void,
    ): string {
      if (body.session) {
        signedIn(body.session)
        confirm()
      }
      return body.location
    },
    clear(): void {
      confirmedAt = undefined
    },
    /** True once, for the navigation right after an action the server accepted with this session. */
    take(): boolean {
      const at = confirmedAt
      confirmedAt = undefined
      return at !== undefined && performance.now() - at < CONFIRMATION_LIFETIME_MS
    },
  }
}
