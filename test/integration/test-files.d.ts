// Virtual module generated at bundle time by scripts/vscode-test/bundle.mjs.
declare module 'fanfic-test-files' {
  /** require()s every *.test.ts of the suite, in file-name order. */
  export function loadTests(): void;
}
