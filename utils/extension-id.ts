// Firefox add-on id (manifest browser_specific_settings.gecko.id). Fixed so that e2e can pin the
// extension's moz-extension:// UUID through it. Imported by wxt.config.ts and e2e/firefox.ts,
// which is also where it is tested (every Firefox e2e run depends on it).
export const GECKO_ID = '{5d0b8a3e-7c1f-4e2a-9b6d-0a4f3c2e1b7d}';
