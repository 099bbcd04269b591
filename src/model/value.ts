/**
 * Typed claim values: the shapes of the value kinds (each defined in its own
 * module under `src/values/kinds/`), gathered here for the data model. A
 * claim file may give a value as words ("nearly $12 billion"); the loader
 * reads it into one of these shapes and keeps the words in `raw`.
 */
export { ValueSchema, ValueKindSchema, type Value, type ValueType, type ValueKind } from '../values/registry.js';
export { EntityRefSchema, EntityValueSchema, type EntityRef, type EntityValue } from '../values/kinds/entity.js';
export { EntitySetValueSchema, type EntitySetValue } from '../values/kinds/entity-set.js';
export { QuantityValueSchema, type QuantityValue } from '../values/kinds/quantity.js';
export { DateValueSchema, type DateValue } from '../values/kinds/date.js';
export { WeekdayValueSchema, WeekdaySchema, type WeekdayValue } from '../values/kinds/weekday.js';
export { PartialDateValueSchema, type PartialDateValue } from '../values/kinds/partial-date.js';
export { BooleanValueSchema, type BooleanValue } from '../values/kinds/boolean.js';
export { TextValueSchema, type TextValue } from '../values/kinds/text.js';
export { WEEKDAYS, type Weekday } from '../normalize/calendar-day.js';
export { valueKind } from '../values/index.js';
