import { SCREEN_HEADER } from '@/contracts/simulator'

/**
 * Each request names the screen that sent it, in a header only the simulator's sequence recorder
 * reads, so 「画面の裏側」 can place it under the manual's step.
 */
export function screenHeaders(screen: string | undefined): Record<string, string> {
  return screen ? { [SCREEN_HEADER]: screen } : {}
}
