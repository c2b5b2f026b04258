import { describe, expect, it } from 'vitest'
import { linkThroughProtocol, call } from '../support/protocol'
import { MYNAPORTAL_API } from '@/contracts/sites'

describe('smoke', () => {
  it('links', async () => {
    await linkThroughProtocol()
    const list = await call<{ connected: { id: string }[] }>(`${MYNAPORTAL_API}/connections`)
    expect(list.body.connected.map((s) => s.id)).toContain('hellowork')
  })
})
