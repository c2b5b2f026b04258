import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { SequenceEntry } from '@/contracts/sequence'
import { useSimulatorApi } from '@/api/appClient'

/**
 * 「画面の裏側」: the servers' recording of what passed between the browser and them, kept in
 * request order (a back-channel call sorts inside the request that made it). Only newer entries
 * are fetched each time.
 */
export const useSequenceStore = defineStore('sequence', () => {
  const api = useSimulatorApi()
  const entries = ref<SequenceEntry[]>([])
  /** Which log the entries come from; a reset starts a new one, and what is held is then stale. */
  const epoch = ref('')

  async function refresh() {
    const after = entries.value.reduce((max, entry) => Math.max(max, entry.id), 0)
    const body = await api.sequence(after, epoch.value)
    const kept = body.epoch === epoch.value ? entries.value : []
    epoch.value = body.epoch
    if (body.entries.length === 0 && kept === entries.value) return
    entries.value = [...kept, ...body.entries].sort((a, b) => a.startedAt - b.startedAt)
  }

  async function clear() {
    const body = await api.clearSequence()
    epoch.value = body.epoch
    entries.value = []
  }

  function $reset() {
    entries.value = []
    epoch.value = ''
  }

  return { entries, epoch, refresh, clear, $reset }
})
