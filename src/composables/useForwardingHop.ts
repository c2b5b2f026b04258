import { onMounted } from 'vue'
import { useRoute } from 'vue-router'
import { forwardingHopOf, useHandedOverAnswer } from '@/router/forwardingHops'
import { useFrontChannel } from './useFrontChannel'
import { useServerAction } from './useServerAction'

/**
 * A forwarding screen's one request (src/router/forwardingHops.ts), followed on mount. The screen
 * is drawn when the router's own try was slow, refused or failed: it takes over that answer the
 * first time, so the request is not sent twice; 再試行 asks again.
 */
export function useForwardingHop() {
  const route = useRoute()
  const { follow } = useFrontChannel()
  const hop = forwardingHopOf(route.name)
  if (!hop) throw new Error(`${String(route.name)} is not a forwarding screen`)

  let handedOver = useHandedOverAnswer(route.fullPath)
  const forward = useServerAction(async () => {
    const answer = handedOver ?? hop(route)
    handedOver = undefined
    return follow(await answer)
  })
  onMounted(() => forward.run())
  return forward
}
