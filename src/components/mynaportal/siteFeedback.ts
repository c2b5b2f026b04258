/** What the server answered about one site of もっとつながる, shown on that site's row. */
export interface SiteFeedback {
  siteId: string
  tone: 'error' | 'warning' | 'info'
  message: string
  retryable: boolean
}
