/** GET /mypage/profile  求職者情報, and the state of Hello Work's own link record. */
import { HttpResponse } from 'msw'
import type { ProfileBody } from '@/contracts/hellowork'
import { isoAt } from '../../../shared/clock'
import { helloworkDb } from '../../db'
import { activeLinkOfAccount } from '../../links'
import { defineEndpoint, requireAccount } from '../../server'

export const profileHandlers = [
  defineEndpoint(
    'GET /mypage/profile',
    { event: 'mypage.profile.read', auditSuccess: false },
    async ({ request }) => {
      const data = helloworkDb.read()
      const { account } = requireAccount(request, data)
      const link = activeLinkOfAccount(data, account.id)
      return HttpResponse.json<ProfileBody>({
        displayName: account.displayName,
        email: account.email,
        jobSeekerNumber: account.jobSeekerNumber,
        officeName: account.officeName,
        disclosureStatus: account.disclosureStatus,
        registrationValid: account.registrationValid,
        mynaportalLink: link
          ? { status: 'linked', linkedAt: isoAt(link.linkedAt) }
          : { status: 'unlinked', linkedAt: null },
      })
    },
  ),
]
