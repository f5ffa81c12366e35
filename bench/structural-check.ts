/**
 * The cheapest validator a program file could have, for the open limit: every object has exactly
 * its schema's keys, every value has the right JSON type, every enum and literal one of its values.
 * No string limits, no patterns, no dates or time zones, no cross-references. It is what any
 * validator, hand-written or generated, must at least do: visit every value once and look at it.
 *
 * It is generated from the zod schema (so it follows schema changes) into plain closures, with no
 * zod at run time: the same code a careful hand-written checker would be.
 */
import type { z } from 'zod';

type Check = (value: unknown) => boolean;

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: readonly z.ZodType[];
  discriminator?: string;
  values?: readonly unknown[];
  entries?: Record<string, unknown>;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A structural check for `schema`; throws for a kind of schema the program does not use. */
export function structuralCheck(schema: z.ZodType): Check {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
    case 'int':
      return (value) => typeof value === 'number';
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'literal': {
      const values = new Set(def.values);
      return (value) => values.has(value);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (value) => values.has(value);
    }
    case 'nullable': {
      const inner = structuralCheck(def.innerType as z.ZodType);
      return (value) => value === null || inner(value);
    }
    case 'array': {
      const element = structuralCheck(def.element as z.ZodType);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
        return true;
      };
    }
    case 'object': {
      const shape = def.shape ?? {};
      const keys = Object.keys(shape);
      const checks = keys.map((key) => structuralCheck(shape[key] as z.ZodType));
      return (value) => {
        if (!isPlainObject(value)) return false;
        let count = 0;
        for (const key in value) if (Object.hasOwn(value, key)) count++;
        if (count !== keys.length) return false; // strict: nothing missing (checked below), nothing extra
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i] as string;
          if (!Object.hasOwn(value, key) || !(checks[i] as Check)(value[key])) return false;
        }
        return true;
      };
    }
    case 'union': {
      const options = def.options ?? [];
      const discriminator = def.discriminator;
      if (discriminator) {
        const byTag = new Map<unknown, Check>();
        for (const option of options) {
          const tag = defOf((defOf(option).shape ?? {})[discriminator] as z.ZodType);
          const check = structuralCheck(option);
          for (const value of tag.values ?? Object.values(tag.entries ?? {})) byTag.set(value, check);
        }
        return (value) => isPlainObject(value) && (byTag.get(value[discriminator])?.(value) ?? false);
      }
      const checks = options.map(structuralCheck);
      return (value) => checks.some((check) => check(value));
    }
    default:
      throw new Error(`structuralCheck: no rule for a zod "${def.type}" schema`);
  }
}
