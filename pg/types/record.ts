/**
 * record_in's reading of a composite value's text: the fields' texts, as PostgreSQL's record_in
 * splits them before each goes to its type's input function.
 */
import { PgError, SqlState } from '../errors.js';

/** The fields of `text` for a type of `count` attributes: null for an empty unquoted field; 22P02 as record_in raises it. */
export function recordFields(text: string, count: number): Array<string | null> {
  const malformed = (detail: string) => new PgError(SqlState.invalidTextRepresentation, `malformed record literal: "${text}"`, { detail });
  let i = 0;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (text[i] !== '(') throw malformed('Missing left parenthesis.');
  i++;
  const fields: Array<string | null> = [];
  for (let column = 0; column < count; column++) {
    if (column > 0) {
      if (text[i] !== ',') throw malformed('Too few columns.');
      i++;
    }
    if (text[i] === ',' || text[i] === ')') {
      fields.push(null);
      continue;
    }
    let value = '';
    let quoted = false;
    while (quoted || (text[i] !== ',' && text[i] !== ')')) {
      const ch = text[i++];
      if (ch === undefined) throw malformed('Unexpected end of input.');
      if (ch === '\\') {
        if (i >= text.length) throw malformed('Unexpected end of input.');
        value += text[i++];
      } else if (ch === '"') {
        if (!quoted) quoted = true;
        else if (text[i] === '"') value += text[i++];
        else quoted = false;
      } else value += ch;
    }
    fields.push(value);
  }
  if (text[i++] !== ')') throw malformed('Too many columns.');
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (i < text.length) throw malformed('Junk after right parenthesis.');
  return fields;
}

/** The fields of a record's text whose type is not known (an anonymous record): as many as its unquoted commas say. */
export function recordTexts(text: string): Array<string | null> {
  let count = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) count++;
  }
  return recordFields(text, count);
}
