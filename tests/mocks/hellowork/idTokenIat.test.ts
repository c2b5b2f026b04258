/**
 * Hello Work refuses an ID token issued in the future beyond a small skew (its `iat`), even with
 * a valid signature. The back channel is rewired here to a Mynaportal whose tokens are dated ahead.
 */
import { getResponse, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import type { TokenBody } from '@/contracts/mynaportal'
import { MYNAPORTAL_API } from '@/contracts/sites'
import { createHandlers } from '@mocks/handlers'
import { mynaportalDb } from '@mocks/mynaportal/db'
import { signJws } from '@mocks/shared/jws'
import { base64urlDecode } from '@mocks/shared/secrets'
import { server } from '@mocks/node'
import { callback, decide, mynaLogin, startLink } from '../../support/protocol'
import { expectRefusal, protectedState } from '../../support/serverState'

const handlers = createHandlers()

/** Mynaportal's own /token, its ID token signed again with its key, dated `seconds` ahead. */
function datedAhead(seconds: number) {
  return http.post(`${MYNAPORTAL_API}/token`, async ({ request }) => {
    const answer = (await getResponse(handlers, request))!
    const body = (await answer.json()) as TokenBody
    const payload = body.id_token.split('.')[1]!
    const claims = JSON.parse(new TextDecoder().decode(base64urlDecode(payload)))
    const id_token = await signJws(
      { ...claims, iat: claims.iat + seconds },
      mynaportalDb.read().signingKey,
    )
    return HttpResponse.json({ ...body, id_token }, { status: answer.status })
  })
}

/** Servers whose back channel reaches that /token; the setup's resetHandlers drops them. */
const rewired = (seconds: number) => server.use(...createHandlers([datedAhead(seconds)]))

async function consentGiven(): Promise<URL> {
  await startLink(await mynaLogin())
  return decide('allow')
}

describe('the ID token’s iat', () => {
  it('refuses an ID token issued ten minutes ahead of the clock, linking nothing', async () => {
    rewired(600)
    const response = await consentGiven()
    const before = protectedState()

    expect(await callback(response)).toEqual({
      status: 400,
      body: { error: { code: 'flow_invalid', message: MESSAGES.flowInvalid } },
    })
    expectRefusal(before, 'hellowork', 'auth.callback', 'flow_invalid')
  })

  it('accepts one issued 30 seconds ahead, within the skew two servers’ clocks may have', async () => {
    rewired(30)
    const response = await consentGiven()

    expect(await callback(response)).toEqual({
      status: 200,
      body: { location: 'https://hellowork.example/link/authenticate' },
    })
  })
})
