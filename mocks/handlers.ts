import { helloworkHandlers } from './hellowork/handlers'
import { mynaportalHandlers } from './mynaportal/handlers'
import { connectServers } from './shared/serverFetch'
import { simulatorHandlers } from './simulator/handlers'

export const handlers = [...mynaportalHandlers, ...helloworkHandlers, ...simulatorHandlers]

// Every way of running the servers (worker, in-page, node) loads this list, so they are wired here.
connectServers(handlers)
