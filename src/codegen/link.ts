/**
 * Module-level items of a generated module — constants, policy locations,
 * trace step descriptors, tables, rule functions — kept by content, so that
 *
 * - identical items are emitted once (three `for retired, flexible, resident`
 *   steps become one descriptor, equal rule functions one function);
 * - an item is named and emitted only when something emitted refers to it;
 * - a region that extends another imports, instead of copying, every item
 *   whose content is identical in its parent.
 *
 * Code refers to an item through a placeholder (`ref`), resolved to the
 * item's name by `link`. An item's key hashes its kind and text, and its text
 * holds the placeholders (that is, the keys) of what it refers to: two items
 * have equal keys only if they and everything they refer to are equal, so a
 * rule that reads a parameter a child region overrides is never shared.
 * Placeholders use control characters, which `stringLiteral` escapes and
 * `commentText` removes, so policy text can never forge one.
 */
import { createHash } from 'node:crypto';

export type ItemKind = 'const' | 'loc' | 'step' | 'table' | 'fn' | 'trace';
const ORDER: readonly ItemKind[] = ['const', 'loc', 'step', 'table', 'fn', 'trace'];

/** The item's own name inside its text. */
export const SELF = '\u0003';
// eslint-disable-next-line no-control-regex -- placeholders are control characters by design
const REF = /\u0001([0-9a-f]{16})\u0002/g;

interface Item {
  readonly key: string;
  readonly kind: ItemKind;
  /** the preferred name, from every tag the item was registered under */
  readonly base: (tags: readonly string[]) => string;
  readonly text: string;
  /** documentation, rendered with every tag the item was registered under */
  readonly doc?: (tags: readonly string[]) => string;
  readonly tags: string[];
  name?: string;
}

/** What a module offers to the regions that extend it: item key → its local name there. */
export type SharedTable = ReadonlyMap<string, string>;

/** A name source: `take` never returns a name twice. */
export interface NameSource {
  take(base: string): string;
}

export class Linker {
  private readonly items = new Map<string, Item>();
  private readonly used: Item[] = [];
  /** parent export name → local name, for every item imported from the parent */
  readonly imports = new Map<string, string>();
  private readonly counters = new Map<string, number>();

  constructor(
    private readonly names: NameSource,
    private readonly parent: SharedTable | undefined,
  ) {
    // numbered names continue after the parent's, so imported ones keep their names
    for (const name of parent?.values() ?? []) {
      const m = /^([A-Z])(\d+)$/.exec(name);
      if (m) this.counters.set(m[1]!, Math.max(this.counters.get(m[1]!) ?? 0, Number(m[2]) + 1));
    }
  }

  /** Registers an item (or finds its equal) and returns a placeholder for it. */
  ref(kind: ItemKind, base: string | ((tags: readonly string[]) => string), text: string, doc?: (tags: readonly string[]) => string, tag?: string): string {
    const key = createHash('sha256').update(`${kind}\u0000${text}`).digest('hex').slice(0, 16);
    let item = this.items.get(key);
    if (!item) {
      item = { key, kind, base: typeof base === 'string' ? () => base : base, text, tags: [], ...(doc ? { doc } : {}) };
      this.items.set(key, item);
    }
    if (tag !== undefined && !item.tags.includes(tag)) item.tags.push(tag);
    return `\u0001${key}\u0002`;
  }

  /** `text` with every placeholder replaced by its item's name; marks those items used. */
  link(text: string): string {
    return text.replace(REF, (_, key: string) => this.resolve(this.items.get(key)!));
  }

  private resolve(item: Item): string {
    if (item.name !== undefined) return item.name;
    const inherited = this.parent?.get(item.key);
    if (inherited !== undefined) {
      item.name = this.names.take(inherited);
      this.imports.set(inherited, item.name);
      return item.name;
    }
    this.link(item.text); // what it refers to comes first
    item.name = this.names.take(this.numbered(item.base(item.tags)));
    this.used.push(item);
    return item.name;
  }

  /** `S` → `S0`, `S1`, …: short generated names for descriptors and locations. */
  private numbered(base: string): string {
    if (!/^[A-Z]$/.test(base)) return base;
    const n = this.counters.get(base) ?? 0;
    this.counters.set(base, n + 1);
    return `${base}${n}`;
  }

  /** The declarations of every used item of the given kinds, in a fixed order. */
  emit(kinds: readonly ItemKind[]): string[] {
    const out: string[] = [];
    for (const kind of ORDER) {
      if (!kinds.includes(kind)) continue;
      for (const item of this.used) {
        if (item.kind !== kind) continue;
        const body = this.link(item.text).split(SELF).join(item.name!);
        out.push(item.doc ? `${item.doc(item.tags)}\n${body}` : body);
      }
    }
    return out;
  }

  /** Every item defined or imported here, for regions that extend this one. */
  table(): Map<string, string> {
    const t = new Map<string, string>();
    for (const item of this.items.values()) if (item.name !== undefined) t.set(item.key, item.name);
    return t;
  }
}
