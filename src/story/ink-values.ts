import type { Story } from 'inkjs';
import type { InkValue, InkVariables } from './ink-internal-types';

/** An answer to a read: a number (an int, a count), a boolean, or a string (`"` text, `#` float). */
export type Answer = number | boolean | string;

/** One of ink's value classes (IntValue…), made from the value it holds. */
export type ValueClass = new (value: unknown) => InkValue;

/** The classes inkjs's `Value.Create` makes values with, by the kind of value. */
export interface ValueClasses {
  readonly int: ValueClass;
  readonly float: ValueClass;
  readonly bool: ValueClass;
  readonly string: ValueClass;
}

/**
 * The classes of ink's values a read may answer with, by the kind of answer. Filled once the probe
 * has found them (`registerValueClasses`); until then no value is an answer.
 */
const answerKinds = new Map<unknown, 'int' | 'float' | 'bool' | 'string'>();

export function registerValueClasses(classes: ValueClasses): void {
  answerKinds.set(classes.int, 'int');
  answerKinds.set(classes.float, 'float');
  answerKinds.set(classes.bool, 'bool');
  answerKinds.set(classes.string, 'string');
}

/** A value as an answer; null for anything but an int, float, bool or string. */
export function valueAnswer(value: InkValue | null): Answer | null {
  if (value === null || typeof value !== 'object') return null;
  const v = value.valueObject;
  switch (answerKinds.get((value as object).constructor)) {
    case 'int':
      return typeof v === 'number' ? v : null;
    case 'bool':
      return typeof v === 'boolean' ? v : null;
    case 'string':
      return typeof v === 'string' ? `"${v}` : null;
    case 'float':
      return typeof v === 'number' ? `#${v}` : null;
    default:
      return null;
  }
}

/**
 * The value classes, found by asking `$` of the probe story (whose global `v` is `vars`'s) to make
 * one of each: inkjs does not export them. Null if they are not four distinct classes that make
 * back the value they were given.
 */
export function findValueClasses(probe: Story, vars: InkVariables): ValueClasses | null {
  const madeBy = (value: number | boolean | string): ValueClass | null => {
    try {
      probe.variablesState.$('v', value);
    } catch {
      return null;
    }
    const made = vars._globalVariables.get('v');
    const Kind = made?.constructor as ValueClass | undefined;
    if (!made || made.valueObject !== value || typeof Kind !== 'function') return null;
    return new Kind(value).valueObject === value ? Kind : null;
  };
  const IntValue = madeBy(2);
  const FloatValue = madeBy(2.5);
  const BoolValue = madeBy(true);
  const StringValue = madeBy('s');
  const distinct = new Set([IntValue, FloatValue, BoolValue, StringValue]);
  if (
    distinct.size !== 4 ||
    IntValue === null ||
    FloatValue === null ||
    BoolValue === null ||
    StringValue === null
  ) {
    return null;
  }
  return { int: IntValue, float: FloatValue, bool: BoolValue, string: StringValue };
}
