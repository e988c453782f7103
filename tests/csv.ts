/**
 * A strict RFC 4180 reader for the tests: fields quoted or not, doubled quotes, commas and line
 * breaks inside quotes, CRLF between records. Throws on anything else, so a test reading an
 * export also checks its syntax.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStart = true;
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
        const after = text[i];
        if (after !== undefined && after !== ',' && after !== '\r')
          throw new Error(`unexpected ${JSON.stringify(after)} after a closing quote at ${i}`);
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
      i++;
    } else if (c === '"') {
      throw new Error(`a quote inside an unquoted field at ${i}`);
    } else if (c === ',') {
      row.push(field);
      field = '';
      fieldStart = true;
      i++;
    } else if (c === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`a CR without LF at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStart = true;
      i += 2;
    } else if (c === '\n') {
      throw new Error(`a bare LF at ${i}`);
    } else {
      field += c;
      fieldStart = false;
      i++;
    }
  }
  if (quoted) throw new Error('an unclosed quote');
  if (!fieldStart || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
