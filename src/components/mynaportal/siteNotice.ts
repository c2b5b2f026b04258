import { MESSAGES } from '@/contracts/errors'

/** What a screen about one site says when it has nothing to do for that site (MynaSiteNotice). */
export interface SiteNotice {
  tone: 'success' | 'warning' | 'info'
  title?: string
  message: string
}

/** A site id the server does not list: a mistyped or outdated address. */
export const UNKNOWN_SITE_NOTICE: SiteNotice = {
  tone: 'warning',
  title: 'ウェブサイトが見つかりません',
  message: `${MESSAGES.notFound}「もっとつながる」からウェブサイトを選び直してください。`,
}
