#!/usr/bin/env node
// Fails when a public type, field, input field or enum value of schema/*.graphql has no description.
'use strict';
const { readdirSync, readFileSync } = require('node:fs');
const path = require('node:path');
const { buildSchema, isObjectType, isInputObjectType, isEnumType, isInterfaceType, isUnionType, isScalarType } = require('graphql');

const dir = path.join(__dirname, '..', 'schema');
const sdl = readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
const schema = buildSchema(sdl);
const missing = [];
const described = (thing) => typeof thing.description === 'string' && thing.description.trim() !== '';

for (const type of Object.values(schema.getTypeMap())) {
  if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
  const rootType = ['Query', 'Mutation', 'Subscription'].includes(type.name);
  if (!rootType && !described(type)) missing.push(type.name);
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) if (!described(field)) missing.push(`${type.name}.${field.name}`);
  } else if (isEnumType(type)) {
    for (const value of type.getValues()) if (!described(value)) missing.push(`${type.name}.${value.name}`);
  } else if (!isUnionType(type) && !isScalarType(type)) {
    missing.push(`${type.name} (unexpected kind)`);
  }
}

if (missing.length > 0) {
  console.error(`schema: ${missing.length} public element(s) without a description:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`schema: every public type, field and enum value is described (${Object.keys(schema.getTypeMap()).length} types)`);
