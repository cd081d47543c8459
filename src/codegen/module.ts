/**
 * A module under construction: the statements of one generated file, kept as
 * ts-morph structures and printed once. (Adding statements to a ts-morph
 * SourceFile one by one re-parses the whole file after each addition, which
 * made code generation quadratic in the size of a module.)
 */
import {
  StructureKind,
  type FunctionDeclarationStructure,
  type ImportDeclarationStructure,
  type InterfaceDeclarationStructure,
  type OptionalKind,
  type Project,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
  type VariableStatementStructure,
} from 'ts-morph';
import { layout } from './layout.js';

export class ModuleBuilder {
  private readonly imports: ImportDeclarationStructure[] = [];
  private readonly body: (string | StatementStructures)[] = [];

  addImportDeclaration(s: OptionalKind<ImportDeclarationStructure>): void {
    this.imports.push({ ...s, kind: StructureKind.ImportDeclaration });
  }

  /** Adds names to the first import of `moduleSpecifier` (value imports only). */
  addNamedImports(moduleSpecifier: string, names: readonly string[]): void {
    const i = this.imports.find((x) => x.moduleSpecifier === moduleSpecifier && !x.isTypeOnly);
    if (!i) throw new Error(`no import of ${moduleSpecifier}`);
    i.namedImports = [...((i.namedImports as string[] | undefined) ?? []), ...names];
  }

  addFunction(s: OptionalKind<FunctionDeclarationStructure>): void {
    this.body.push({ ...s, kind: StructureKind.Function });
  }

  addInterface(s: OptionalKind<InterfaceDeclarationStructure>): void {
    this.body.push({ ...s, kind: StructureKind.Interface });
  }

  addTypeAlias(s: OptionalKind<TypeAliasDeclarationStructure>): void {
    this.body.push({ ...s, kind: StructureKind.TypeAlias });
  }

  addVariableStatement(s: OptionalKind<VariableStatementStructure>): void {
    this.body.push({ ...s, kind: StructureKind.VariableStatement });
  }

  addStatements(s: string | readonly string[]): void {
    if (typeof s === 'string') this.body.push(s);
    else this.body.push(...s);
  }

  /** The number of body statements so far (a position for `insertStatements`). */
  get length(): number {
    return this.body.length;
  }

  /** Inserts statements at a position of the body. */
  insertStatements(at: number, s: readonly string[]): void {
    this.body.splice(at, 0, ...s);
  }

  /** Whether any function body or statement so far contains `text`. */
  mentions(text: string): boolean {
    const has = (x: unknown): boolean => (typeof x === 'string' ? x.includes(text) : Array.isArray(x) ? x.some(has) : false);
    return this.body.some((b) => (typeof b === 'string' ? b.includes(text) : b.kind === StructureKind.Function ? has(b.statements) : false));
  }

  /** Prints the module once and lays it out (two-space indent); the project keeps nothing. */
  print(project: Project, fileName: string): string {
    // a blank line between the imports and the body
    const sf = project.createSourceFile(fileName, { statements: [...this.imports, (w) => w.blankLineIfLastNot(), ...this.body] }, { overwrite: true });
    const text = sf.getFullText();
    project.removeSourceFile(sf);
    return layout(text);
  }
}
