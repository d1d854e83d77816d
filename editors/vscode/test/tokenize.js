// Tokenizes .elig files with the extension's TextMate grammar (vscode-textmate, vscode-oniguruma)
// and prints, as JSON, every piece of text no rule matched and every region marked invalid.
// Usage: node test/tokenize.js FILE_OR_DIRECTORY...   (exit 1 when there is any)
//        node test/tokenize.js --dump FILE             (every token and its innermost scope)
"use strict";

const fs = require("fs");
const path = require("path");
const vsctm = require("vscode-textmate");
const oniguruma = require("vscode-oniguruma");

const here = path.resolve(__dirname, "..");
const wasm = fs.readFileSync(path.join(path.dirname(require.resolve("vscode-oniguruma")), "onig.wasm")).buffer;

function files(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return [target];
  return fs.readdirSync(target).sort().flatMap((name) => {
    const child = path.join(target, name);
    return fs.statSync(child).isDirectory() ? files(child) : child.endsWith(".elig") ? [child] : [];
  });
}

async function main() {
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== "source.eligo") return null;
      const file = path.join(here, "syntaxes", "eligo.tmLanguage.json");
      return vsctm.parseRawGrammar(fs.readFileSync(file, "utf-8"), file);
    },
  });
  const grammar = await registry.loadGrammar("source.eligo");
  const problems = [];
  const dumped = [];
  const dump = process.argv[2] === "--dump";
  let count = 0;
  for (const file of process.argv.slice(dump ? 3 : 2).flatMap(files)) {
    count += 1;
    let stack = vsctm.INITIAL;
    fs.readFileSync(file, "utf-8").split(/\r?\n/).forEach((line, index) => {
      const result = grammar.tokenizeLine(line, stack);
      for (const token of result.tokens) {
        const text = line.slice(token.startIndex, token.endIndex);
        const unmatched = token.scopes.length === 1 && text.trim() !== "";
        const invalid = token.scopes.some((scope) => scope.startsWith("invalid"));
        if (dump && text.trim() !== "") dumped.push([text, token.scopes[token.scopes.length - 1]]);
        if (unmatched || invalid) {
          problems.push({ file, line: index + 1, column: token.startIndex + 1, text, scopes: token.scopes });
        }
      }
      stack = result.ruleStack;
    });
  }
  console.log(JSON.stringify(dump ? { tokens: dumped } : { files: count, problems }));
  process.exit(problems.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
