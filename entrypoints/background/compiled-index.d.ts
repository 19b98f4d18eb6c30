// The compiled index (generated/index.json, from `npm run data`), bundled into the background only.
// wxt.config.ts aliases this id to the file; declaring it here keeps the type checker from
// inferring a literal type for a multi-megabyte JSON file (and from needing it to exist).
declare module '@oxus/compiled-index' {
  const index: unknown;
  export default index;
}
