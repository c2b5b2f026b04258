import { authorizeHandlers } from './handlers/authorize'
import { connectionHandlers } from './handlers/connections'
import { disconnectHandlers } from './handlers/disconnect'
import { discoveryHandlers } from './handlers/discovery'
import { loginRequestHandlers } from './handlers/loginRequests'
import { sessionHandlers } from './handlers/sessions'
import { tokenHandlers } from './handlers/token'

export const mynaportalHandlers = [
  ...sessionHandlers,
  ...loginRequestHandlers,
  ...authorizeHandlers,
  ...tokenHandlers,
  ...discoveryHandlers,
  ...connectionHandlers,
  ...disconnectHandlers,
]
