// The compiled catalogues the messages plugin (scripts/messages/vite-plugin.ts) provides.
declare module 'virtual:painbrake-messages' {
  import type { CompiledCatalogue } from './runtime.ts';
  import type { Locale, MessageGroup } from './groups.ts';
  import type { Register } from './message.ts';
  export const loaders: Record<
    Locale,
    Record<
      MessageGroup,
      Record<Register, () => Promise<{ default: CompiledCatalogue; missing: readonly string[] }>>
    >
  >;
}
