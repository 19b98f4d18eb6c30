// Which tab an extension page speaks for: `?tab=ID` wins; else the active tab (popup, side panel).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { targetTabId } from './active-tab';

// the fake browser has no tabs.getCurrent and no active tab: both stubbed (a popup or side panel
// is in no tab of its own)
beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
});

describe('targetTabId', () => {
  it('takes a whole, non-negative ?tab=ID', async () => {
    expect(await targetTabId('?tab=7')).toBe(7);
    expect(await targetTabId('?tab=0')).toBe(0);
  });
  it("otherwise asks for the window's active tab (a bad ?tab= is ignored)", async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 4 } as never]);
    expect(await targetTabId('')).toBe(4);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(await targetTabId('?tab=-3')).toBe(4);
    expect(await targetTabId('?tab=x')).toBe(4);
  });
  it('leaves the choice to the background for a page open in a tab of its own', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 4 } as never]);
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue({ id: 9 } as never);
    expect(await targetTabId('')).toBeUndefined();
  });
});
