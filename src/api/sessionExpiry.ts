/**
 * Any answer session_expired, from any screen's request, is told to one listener (the router's,
 * src/router/sessionGuard.ts), which sends a screen of that site to its login.
 */
type Listener = (url: string) => void
let listener: Listener = () => undefined

export function onSessionExpired(next: Listener): void {
  listener = next
}

export function reportSessionExpired(url: string): void {
  listener(url)
}
