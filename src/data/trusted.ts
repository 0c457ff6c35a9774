// Whether data/ was already validated when this bundle was built. The app's production build
// defines __DATA_VALIDATED_AT_BUILD__ as true (vite.config.ts) after its data plugin has checked
// every file, so the browser need not ship the validator; everywhere else (tests, the command
// line, the dev server) the global is undefined and the files are validated when loaded.
// Modules test the global inline (not through an exported constant) so that the bundler can
// fold the test and drop the validator.
declare global {
  const __DATA_VALIDATED_AT_BUILD__: boolean | undefined;
}

export {};
