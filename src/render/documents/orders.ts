/** `render order ID`: the order's type picks its preparation and template. */
import { UsageError } from '../../core/errors.js';
import { requireRecord } from './common.js';
import { prepareOpenDoorDayOrder } from './open-door-day.js';
import { prepareLandingOrder } from './landing.js';
import { prepareDesignationOrder } from './network.js';
import { prepareQualificationOrder } from './qualification.js';
import type { Order } from '../../schema/collections.js';
import type { Prepared, PrepareEnv } from './types.js';

const BY_TYPE: Partial<Record<Order['type'], (env: PrepareEnv, o: Order) => Prepared>> = {
  'open-door-day': prepareOpenDoorDayOrder,
  'landing-composition': prepareLandingOrder,
  'leading-school-designation': prepareDesignationOrder,
  'qualification-plan': prepareQualificationOrder,
};

export { ORDER_TYPES_WITH_TEMPLATES } from '../kinds.js';
import { ORDER_TYPES_WITH_TEMPLATES } from '../kinds.js';

export function prepareOrder(env: PrepareEnv, id: string): Prepared {
  const o = requireRecord(env.data, 'orders', id);
  const prep = BY_TYPE[o.type];
  if (!prep) throw new UsageError('render-order-type', { id, type: o.type, types: ORDER_TYPES_WITH_TEMPLATES.join(', ') });
  return prep(env, o);
}
