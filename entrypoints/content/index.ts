// Content script: small on purpose (no index, no NLP). Runs on the starter sites (manifest) and on
// sites the reader enabled (registered by the background); starts or tears down a PageSession as
// the site's switch changes, and answers the panel. Says nothing to the page: WXT's context is
// replaced by script-context.ts (wxt.config.ts). See README.md here for the design choices.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { handleContentRequests, KINDS, sendToBackground, type Kind } from '../../utils/protocol';
import { STARTER_MATCHES } from '../../utils/sites';
import {
  getStartSettings,
  isSiteEnabled,
  repairKinds,
  watchKindModes,
  watchSites,
  watchUiLanguage,
  type KindModes,
} from '../../utils/storage';
import { setCardStrings } from './hover-card';
import { PageSession } from './page-session';
import './style.css';

const NONE = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;

/** Kinds the reader set to "first mention only" in the options. */
const firstOnly = (modes: KindModes): Kind[] => KINDS.filter((k) => modes[k] === 'first');

export default defineContentScript({
  matches: STARTER_MATCHES,
  runAt: 'document_idle',
  // belt and braces: script-context.ts never posts anything; WXT's own would without this
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // The popup may inject this file into a tab where the manifest already ran it: the newer copy's
    // context ends the older one (script-context.ts), which leaves nothing behind.
    const startedAt = performance.now();
    const host = location.hostname;
    let session: PageSession | undefined;
    // both settings in one storage read (a round trip before the first highlight: issue 12)
    const settings = getStartSettings();
    let modes: KindModes | undefined;
    // the hover card speaks the UI language the reader set (as the panel does), not the browser's;
    // asked once the page's first names are back (not ahead of them, and never where Oxus is off)
    const loadCardStrings = () => sendToBackground({ type: 'ui-strings' }).then(setCardStrings, () => undefined);
    let cardStrings: Promise<void> | undefined;

    const newSession = (ready?: Promise<boolean>) => {
      const s = new PageSession(document, repairKinds(modes), {
        alive: () => ctx.isValid,
        firstOnly: modes ? firstOnly(modes) : [],
        startedAt,
        onFirstReply: () => void (cardStrings ??= loadCardStrings()),
      });
      void s.start(ready);
      return s;
    };
    const apply = (enabled: boolean) => {
      if (ctx.isInvalid) return;
      if (enabled && !session) {
        session = newSession();
      } else if (!enabled && session) {
        session.destroy();
        session = undefined;
      }
    };

    // The page's text is read while the settings are: nothing is sent before they say the site is on
    // (a site switched off gets its session ended unsent), and nothing is drawn before the reader's
    // highlight modes are set (a reply comes after the send).
    session = newSession(
      settings.then(
        (s) => isSiteEnabled(host, s.sites),
        () => false,
      ),
    );
    const first = await settings.catch((e: unknown) => {
      session?.destroy();
      throw e;
    });
    modes = first.modes;
    session.settingsRead(performance.now());
    session.setKinds(repairKinds(modes), firstOnly(modes));

    const stopRequests = handleContentRequests({
      reveal: (msg) => ({ found: session?.reveal(msg.id) ?? false }),
      'highlight-stats': () => session?.stats() ?? { ranges: { ...NONE }, active: false },
      step: (msg) => ({ moved: session?.step(msg.dir) ?? false }),
    });
    const stopLanguage = watchUiLanguage(() => void (cardStrings && (cardStrings = loadCardStrings())));
    const stopSites = watchSites((s) => apply(isSiteEnabled(host, s)));
    const stopKinds = watchKindModes((m) => {
      modes = m;
      session?.setKinds(repairKinds(m), firstOnly(m));
    });

    // Extension reloaded, updated or disabled: leave nothing behind.
    ctx.onInvalidated(() => {
      stopRequests();
      stopSites();
      stopKinds();
      stopLanguage();
      session?.destroy();
      session = undefined;
    });

    apply(isSiteEnabled(host, first.sites));
  },
});
