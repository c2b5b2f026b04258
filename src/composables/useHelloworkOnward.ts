import { useRouter } from 'vue-router'
import { useHelloworkStore } from '@/stores/hellowork'
import { useFrontChannel } from './useFrontChannel'

/**
 * Where a Hello Work sign-in goes on to: the screen a session ended on after a long idle, or
 * else where the server's answer says (the MyPage home).
 */
export function useHelloworkOnward() {
  const store = useHelloworkStore()
  const router = useRouter()
  const { follow } = useFrontChannel()
  return async (location: string) => {
    const resume = store.takeResume()
    await (resume ? router.push(resume) : follow(location))
  }
}
