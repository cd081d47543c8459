/**
 * Indentation of generated code: two spaces per open brace, bracket or
 * parenthesis; `case`/`default` bodies one level deeper; JSDoc continuation
 * lines aligned under their opening `/**`. Generated code puts every brace
 * where this expects it, so laying a module out is one linear pass (the
 * TypeScript formatter took most of the time of code generation).
 */

/** Net nesting change of one line, ignoring string literals and comments; `lead` = closers before the first other character. */
function scan(line: string): { net: number; lead: number; openComment: boolean } {
  let net = 0;
  let lead = 0;
  let leading = true;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"' || c === "'" || c === '`') {
      leading = false;
      for (i++; i < line.length && line[i] !== c; i++) if (line[i] === '\\') i++;
      continue;
    }
    if (c === '/' && line[i + 1] === '/') break;
    if (c === '/' && line[i + 1] === '*') {
      const end = line.indexOf('*/', i + 2);
      if (end < 0) return { net, lead, openComment: true };
      i = end + 1;
      continue;
    }
    if (c === '{' || c === '(' || c === '[') {
      net++;
      leading = false;
    } else if (c === '}' || c === ')' || c === ']') {
      net--;
      if (leading) lead++;
    } else if (c !== ' ' && c !== '\t') leading = false;
  }
  return { net, lead, openComment: false };
}

export function layout(text: string): string {
  const out: string[] = [];
  let depth = 0;
  let inComment = false;
  // one entry per open brace: whether its current line is in a `case` body (one extra level for all inside)
  const caseBody: boolean[] = [];
  let extra = 0;
  const pop = (): void => {
    if (caseBody.pop()) extra--;
  };
  const pad = (n: number): string => '  '.repeat(Math.max(0, n));
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (inComment) {
      out.push(line === '' ? '' : `${pad(depth + extra)} ${line}`);
      if (line.includes('*/')) inComment = false;
      continue;
    }
    if (line === '') {
      out.push('');
      continue;
    }
    const { net, lead, openComment } = scan(line);
    for (let k = 0; k < lead; k++) pop();
    const isLabel = /^(case\b.*|default):$/.test(line);
    const inCase = caseBody.at(-1) === true;
    out.push(`${pad(depth - lead + extra - (isLabel && inCase ? 1 : 0))}${line}`);
    if (isLabel && !inCase && caseBody.length) {
      caseBody[caseBody.length - 1] = true;
      extra++;
    }
    const opened = net + lead;
    for (let k = 0; k < opened; k++) caseBody.push(false);
    for (let k = 0; k < -opened; k++) pop();
    depth += net;
    inComment = openComment;
  }
  return out.join('\n');
}
