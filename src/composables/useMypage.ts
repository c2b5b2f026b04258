import { useQueryCache } from '@pinia/colada'
import { computed, reactive, toValue, watch, type MaybeRefOrGetter } from 'vue'
import type { JobDetailBody, JobListName, MessageBody } from '@/contracts/hellowork'
import { useHelloworkApi } from '@/api/appClient'
import { useScreenQuery } from '@/queries/screenQuery'
import { useSessionKeys } from '@/queries/sessionQueries'
import { useHelloworkStore } from '@/stores/hellowork'
import { useServerAction } from './useServerAction'

/**
 * The MyPage's data, each part a query of the screen that shows it, asked again on every visit
 * while the last answer stays on screen: after 応募 the 求職活動状況 and after a read message the
 * home's 新着 are the server's, not an earlier copy.
 */
function useMypageData() {
  return { api: useHelloworkApi(), key: useSessionKeys('hellowork'), cache: useQueryCache() }
}

export function useMypageHome() {
  const { api, key } = useMypageData()
  return useScreenQuery(() => ({ key: key('home'), query: api.home }))
}

export function useApplications() {
  const { api, key } = useMypageData()
  return useScreenQuery(() => ({ key: key('applications'), query: api.applications }))
}

export function useMessages() {
  const { api, key } = useMypageData()
  return useScreenQuery(() => ({ key: key('messages'), query: api.messages }))
}

export function useProfile() {
  const { api, key } = useMypageData()
  return useScreenQuery(() => ({ key: key('profile'), query: api.profile }))
}

export type JobCriteria = { keyword?: string; area?: string; list?: JobListName }
/** Each search is its own question, keyed by its conditions (the screen's URL). */
export function useJobSearch(criteria: MaybeRefOrGetter<JobCriteria>) {
  const { api, key } = useMypageData()
  return useScreenQuery(() => {
    const asked = { ...toValue(criteria) }
    return { key: key('job-search', asked), query: () => api.searchJobs(asked) }
  })
}

/** 求人詳細 and its 応募: the server refuses it while 求職登録 is 無効; the screen then shows why. */
export function useJob(jobNumber: MaybeRefOrGetter<string>) {
  const store = useHelloworkStore()
  const { api, key, cache } = useMypageData()
  const { data: detail, request: load } = useScreenQuery(() => {
    const asked = toValue(jobNumber)
    return { key: key('jobs', asked), query: () => api.job(asked) }
  })
  const apply = useServerAction(async () => {
    const applied = toValue(jobNumber)
    const { appliedAt } = await api.apply(applied, store.csrfToken)
    cache.setQueryData(key('jobs', applied), (job: JobDetailBody | undefined) =>
      job ? { ...job, appliedAt } : job,
    )
    // The home counts applications; 求職活動状況 lists them.
    void cache.invalidateQueries({ key: key('applications') })
    void cache.invalidateQueries({ key: key('home') })
  })
  return { detail, load, apply }
}

/** Opening a message reads it (GET), then marks it read on the server (POST with CSRF). */
export function useMessage(id: MaybeRefOrGetter<string>) {
  const store = useHelloworkStore()
  const { api, key, cache } = useMypageData()
  const { data: message, request: reading } = useScreenQuery(() => {
    const asked = toValue(id)
    return { key: key('message', asked), query: () => api.message(asked) }
  })
  const marking = useServerAction(async (opening: string, opened: MessageBody) => {
    await api.markMessageRead(opening, store.csrfToken)
    cache.setQueryData(key('message', opening), { ...opened, read: true })
    // The inbox and the home's 新着 count it.
    void cache.invalidateQueries({ key: key('messages'), exact: true })
    void cache.invalidateQueries({ key: key('home') })
  })
  watch(message, (opened) => {
    if (opened && !opened.read) void marking.run(toValue(id), opened)
  })
  // One state for the screen: a failed mark is retried by itself, a failed read by reading again.
  const failed = computed(() => reading.error ?? marking.error)
  const open = reactive({
    pending: computed(() => reading.pending || marking.pending),
    error: failed,
    retryable: computed(() => (reading.error ? reading.retryable : marking.retryable)),
    retry: () => (reading.error ? reading.retry() : marking.retry()),
  })
  return { message, open }
}
