// Flattens the OpenAPI document's JSON Schemas (zod 4 output) into table rows: name, type,
// required, allowed values and a description made of the schema's own text and limits.
import { fill } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/en";

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  format?: string;
  pattern?: string;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}

export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  values: string[];
  description: string;
}

const unique = <T,>(list: T[]) => [...new Set(list)];
const variants = (schema: JsonSchema) => schema.anyOf ?? schema.oneOf ?? [schema];
// zod writes the safe-integer bounds of every int; they say nothing to a reader.
const meaningful = (bound: number | undefined) => (bound !== undefined && Math.abs(bound) < Number.MAX_SAFE_INTEGER ? bound : undefined);

export function typeName(schema: JsonSchema): string {
  if (schema.anyOf || schema.oneOf) return unique(variants(schema).map(typeName)).join(" | ");
  if (schema.type === "array") {
    const item = schema.items ? typeName(schema.items) : "any";
    return item.includes(" | ") ? `(${item})[]` : `${item}[]`;
  }
  if (Array.isArray(schema.type)) return schema.type.join(" | ");
  if (schema.type) return schema.type;
  return schema.const !== undefined ? typeof schema.const : "any";
}

const show = (value: unknown) => (typeof value === "string" && value !== "" ? value : JSON.stringify(value));

function values(schema: JsonSchema): string[] {
  if (schema.enum) return schema.enum.map(show);
  if (schema.const !== undefined) return [show(schema.const)];
  if (schema.anyOf || schema.oneOf) return unique(variants(schema).flatMap(values));
  return schema.items ? values(schema.items) : [];
}

function limits(schema: JsonSchema, t: Messages["docs"]): string[] {
  if (schema.anyOf || schema.oneOf) return variants(schema).flatMap((variant) => limits(variant, t));
  const notes: string[] = [];
  const integer = schema.type === "integer";
  const min = meaningful(schema.minimum) ?? (schema.exclusiveMinimum !== undefined && integer ? schema.exclusiveMinimum + 1 : undefined);
  const max = meaningful(schema.maximum);
  if (min !== undefined && max !== undefined) notes.push(fill(t.range, { min, max }));
  else if (min !== undefined) notes.push(fill(t.min, { n: min }));
  else if (max !== undefined) notes.push(fill(t.max, { n: max }));
  if (schema.minLength === 1) notes.push(t.nonEmpty);
  else if (schema.minLength) notes.push(fill(t.minLength, { n: schema.minLength }));
  if (schema.maxLength !== undefined) notes.push(fill(t.maxLength, { n: schema.maxLength }));
  if (schema.minItems !== undefined) notes.push(fill(t.minItems, { n: schema.minItems }));
  if (schema.maxItems !== undefined) notes.push(fill(t.maxItems, { n: schema.maxItems }));
  if (schema.format) notes.push(fill(t.format, { format: schema.format }));
  if (schema.pattern) notes.push(fill(t.pattern, { pattern: schema.pattern }));
  return notes.concat(schema.items ? limits(schema.items, t) : []);
}

export function fieldRow(name: string, schema: JsonSchema, required: boolean, t: Messages["docs"]): FieldRow {
  const notes = [schema.description, schema.default !== undefined ? fill(t.defaultValue, { value: show(schema.default) }) : undefined, ...limits(schema, t)];
  return { name, type: typeName(schema), required, values: values(schema), description: unique(notes.filter(Boolean)).join(" · ") };
}

/** The body's properties; a union of objects (oneOf) shows each property once, required only if every variant requires it. */
export function bodyRows(schema: JsonSchema, t: Messages["docs"]): FieldRow[] {
  const objects = variants(schema);
  const names = unique(objects.flatMap((object) => Object.keys(object.properties ?? {})));
  return names.map((name) => {
    const found = objects.map((object) => object.properties?.[name]).filter((property): property is JsonSchema => property !== undefined);
    const merged = found.length === 1 ? found[0]! : { anyOf: found };
    return fieldRow(name, merged, objects.every((object) => object.required?.includes(name)), t);
  });
}
