import type { RouteRecordInfo } from 'vue-router'
import type { ScreenEntry, ScreenMeta } from '@/contracts/screens'

// The route names and their parameters, read from the screen table, so the compiler checks every
// `router.push({ name })` and `<RouterLink :to>` against the screens that exist.

type Segments<Path extends string> = Path extends `${infer Head}/${infer Tail}`
  ? Head | Segments<Tail>
  : Path

/** `:name`, `:name(regexp)` or `:name(regexp)*`: the parameter's name and its modifier. */
type ParamIn<Segment extends string> = Segment extends `:${infer Rest}`
  ? Rest extends `${infer Name}(${string})${infer Modifier}`
    ? { name: Name; repeated: Modifier extends '*' | '+' ? true : false }
    : { name: Rest; repeated: false }
  : never

type ParamsOf<Path extends string, Value> = {
  [Param in ParamIn<Segments<Path>> as Param['name']]: Param['repeated'] extends true
    ? Value[]
    : Value
}

export type RouteNamedMap = {
  [Entry in ScreenEntry as Entry['name']]: RouteRecordInfo<
    Entry['name'],
    Entry['path'],
    ParamsOf<Entry['path'], string | number>,
    ParamsOf<Entry['path'], string>,
    never
  >
}

declare module 'vue-router' {
  interface TypesConfig {
    RouteNamedMap: RouteNamedMap
  }
  // Every screen's merged meta is whole: its site and title come from a record it is under.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RouteMeta extends ScreenMeta {}
}
