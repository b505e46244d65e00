/** The document kinds and the order types with templates: light, so the command line can list them without loading the engine. */
export const DOC_KINDS = ['order', 'schedule', 'report-compliance', 'report-reference', 'report-open-door-day', 'report-network', 'report-qualification'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export const ORDER_TYPES_WITH_TEMPLATES = ['open-door-day', 'landing-composition', 'leading-school-designation', 'qualification-plan'] as const;
