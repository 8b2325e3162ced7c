import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** One leaf of the props tree, as `lambda.eventSourceMapping.batchSize` or `queues[].fifo`. */
export interface DocumentedProp {
  readonly path: string;
  readonly documented: boolean;
}

const CONFIG_FILE = fileURLToPath(new URL("../../stacks/config.ts", import.meta.url));
const ROOT_INTERFACE = "EventDrivenStackProps";

function interfacesOf(source: ts.SourceFile): Map<string, ts.InterfaceDeclaration> {
  const found = new Map<string, ts.InterfaceDeclaration>();
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) found.set(node.name.text, node);
  });
  return found;
}

/**
 * Every prop a user can set, read from the interfaces in stacks/config.ts with the TypeScript parser, so a
 * prop added there is walked without anyone listing it. A prop whose type is another interface of the file
 * is a group and is walked into; it is a prop of its own too when it can also be something else
 * (`lambda: false`, a `queues` list).
 */
export function documentedProps(): DocumentedProp[] {
  const source = ts.createSourceFile(
    CONFIG_FILE,
    readFileSync(CONFIG_FILE, "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const interfaces = interfacesOf(source);
  const walk = (name: string, prefix: string): DocumentedProp[] => {
    const members: readonly ts.TypeElement[] = interfaces.get(name)?.members ?? [];
    return members.filter(ts.isPropertySignature).flatMap((member: ts.PropertySignature) => {
      const propPath = `${prefix}${member.name.getText(source)}`;
      const typeText = member.type?.getText(source) ?? "";
      const group = [...interfaces.keys()].find((candidate) =>
        new RegExp(`\\b${candidate}\\b`).test(typeText),
      );
      const leaf = { path: propPath, documented: ts.getJSDocCommentsAndTags(member).length > 0 };
      if (!group) return [leaf];
      const children = walk(group, typeText.includes("[]") ? `${propPath}[].` : `${propPath}.`);
      return typeText === group ? children : [leaf, ...children];
    });
  };
  return walk(ROOT_INTERFACE, "");
}
