import { setupServer } from 'msw/node'
import { createHandlers } from './handlers'

/** A set of the servers the page runs, for vitest. */
export const server = setupServer(...createHandlers())
