/** A rule's parameter as the run uses it: the settings' value, else the rule's default (one source of numbers). */
import type { PrepareEnv } from './types.js';

export function ruleParam<T>(env: Pick<PrepareEnv, 'registry' | 'settings'>, ruleId: string, key: string, fallback: T): T {
  const rs = env.settings.settings.rules?.[ruleId];
  if (rs && typeof rs === 'object' && rs.params && key in rs.params) return rs.params[key] as T;
  const spec = (env.registry.rules.get(ruleId)?.params as Record<string, { default: unknown }> | undefined)?.[key];
  return spec ? (spec.default as T) : fallback;
}
