/**
 * The guide's document in the tab's sessionStorage is checked for shape and ranges before it is
 * obeyed: one that is damaged, or names a screen the flow does not have, is dropped on its own
 * (nothing else in the tab's storage changes) and the guide starts fresh.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { flowScreens, linkFlow, unlinkFlow } from '@/flows'
import { newGuide, type GuideState } from '@/guide/guideState'
import { loadGuideState, saveGuideState } from '@/guide/guideStorage'
import { mountApp, screen } from '../support/app'
import { waitForHeading } from '../support/walkFlow'

const KEY = 'mhsim:guide:v1'
const OTHER_KEYS = { 'mhsim:capture': 'off', 'someone-else': 'kept' }
const LAST = flowScreens(linkFlow).length - 1

const valid = (): GuideState => ({
  ...newGuide('link', Date.parse('2026-01-05T09:00:00Z')),
  screenIndex: 3,
  mistakes: 2,
  hint: '暗証番号が違います。',
})

function store(value: unknown) {
  sessionStorage.setItem(KEY, typeof value === 'string' ? value : JSON.stringify(value))
}

beforeEach(() => {
  for (const [key, value] of Object.entries(OTHER_KEYS)) sessionStorage.setItem(key, value)
})

function expectDroppedAlone() {
  expect(sessionStorage.getItem(KEY)).toBeNull()
  for (const [key, value] of Object.entries(OTHER_KEYS)) {
    expect(sessionStorage.getItem(key)).toBe(value)
  }
}

describe('the stored guide', () => {
  it('resumes a document in range as it was saved', () => {
    saveGuideState(valid())

    expect(loadGuideState()).toEqual(valid())
  })

  it('resumes a finished guide on its last screen', () => {
    const finished = { ...valid(), screenIndex: LAST, finishedAt: valid().startedAt + 60_000 }
    store(finished)

    expect(loadGuideState()).toEqual(finished)
  })

  it.each<[string, unknown]>([
    ['text that is not JSON', '{"flowId":"link",'],
    ['null', null],
    ['an array', [valid()]],
    ['a string', 'link'],
    ['a flow no table has', { ...valid(), flowId: 'practice' }],
    ['a flow named after an Object.prototype property', { ...valid(), flowId: 'constructor' }],
    ['a flow named __proto__', { ...valid(), flowId: '__proto__' }],
    ['a screen past the flow’s last', { ...valid(), screenIndex: LAST + 1 }],
    [
      'a screen only the link flow has, for unlink',
      { ...valid(), flowId: 'unlink', screenIndex: LAST },
    ],
    ['a negative screen', { ...valid(), screenIndex: -1 }],
    ['a fractional screen', { ...valid(), screenIndex: 1.5 }],
    ['a screen as text', { ...valid(), screenIndex: '2' }],
    ['negative mistakes', { ...valid(), mistakes: -3 }],
    ['fractional mistakes', { ...valid(), mistakes: 0.5 }],
    ['mistakes past any count', { ...valid(), mistakes: Number.MAX_VALUE }],
    ['no start time', { ...valid(), startedAt: undefined }],
    ['a negative start time', { ...valid(), startedAt: -1 }],
    ['an end before the start', { ...valid(), finishedAt: valid().startedAt - 1 }],
    ['an end as text', { ...valid(), finishedAt: 'soon' }],
    ['a hint that is not text', { ...valid(), hint: { text: 'x' } }],
    ['no collapsed flag', { ...valid(), collapsed: undefined }],
    ['collapsed as text', { ...valid(), collapsed: 'yes' }],
  ])('drops %s on its own and starts without a guide', (_, value) => {
    store(value)

    expect(loadGuideState()).toBeNull()
    expectDroppedAlone()
  })

  it('keeps the flows apart: a valid screen of the shorter flow is valid', () => {
    const unlink = { ...valid(), flowId: 'unlink', screenIndex: flowScreens(unlinkFlow).length - 1 }
    store(unlink)

    expect(loadGuideState()).toEqual(unlink)
  })
})

describe('the app with a damaged guide document', () => {
  it('opens the page without a guide panel, and the document alone is gone', async () => {
    store({ ...valid(), screenIndex: 99 })

    await mountApp('/myna/')
    await waitForHeading('マイナポータル')

    expect(screen.queryByRole('complementary', { name: 'ガイド' })).toBeNull()
    expectDroppedAlone()
  })
})
