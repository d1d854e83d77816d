// The Eligo extension: starts `eligo lsp` (the language server) for .elig files.
"use strict";

const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const settings = vscode.workspace.getConfiguration("eligo");
  const command = settings.get("server.command", "eligo");
  const args = settings.get("server.args", ["lsp"]);
  const run = { command, args, transport: TransportKind.stdio };
  client = new LanguageClient(
    "eligo",
    "Eligo",
    { run, debug: run },
    {
      documentSelector: [{ scheme: "file", language: "eligo" }],
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/*.elig") },
    },
  );
  context.subscriptions.push(client);
  return client.start().catch((error) => {
    vscode.window.showErrorMessage(
      `Eligo: could not start '${command} ${args.join(" ")}' (${error.message}). ` +
        "Install it with pip install 'eligo[lsp]', or set eligo.server.command.",
    );
  });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
