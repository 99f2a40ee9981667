// @vitest-environment happy-dom
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultUiLook, TabBar, type TabSpec, tabPanelProps, UiLookProvider } from '../../shared/ui/index.ts';
import { cleanupUi, click, one, press, renderUi } from './render-ui.tsx';

type Id = 'generate' | 'decide' | 'harvest';
const tabs: TabSpec<Id>[] = [
  { id: 'generate', label: 'Generate' },
  { id: 'decide', label: 'Decide' },
  { id: 'harvest', label: 'Harvest' },
];

function Tabs({ start = 'generate' }: { start?: Id }) {
  const [selected, setSelected] = useState<Id>(start);
  return (
    <>
      <TabBar idBase="t" label="Sections" tabs={tabs} selected={selected} onSelect={setSelected} />
      {tabs.map(({ id }) => (
        <section key={id} {...tabPanelProps('t', id)} hidden={id !== selected} />
      ))}
    </>
  );
}

const tabEls = () => [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const selectedLabel = () => one(document, '[role="tab"][aria-selected="true"]').textContent;

afterEach(cleanupUi);

describe('TabBar (WAI-ARIA tabs, automatic activation)', () => {
  it('names the tab list and ties every tab to its panel', () => {
    renderUi(<Tabs />);
    expect(one(document, '[role="tablist"]').getAttribute('aria-label')).toBe('Sections');
    for (const tab of tabEls()) {
      const panel = one(document, `#${tab.getAttribute('aria-controls')}`);
      expect(panel.getAttribute('role')).toBe('tabpanel');
      expect(panel.getAttribute('aria-labelledby')).toBe(tab.id);
    }
  });

  it('keeps only the selected tab in the Tab order (roving tabindex)', () => {
    renderUi(<Tabs start="decide" />);
    expect(tabEls().map((tab) => tab.tabIndex)).toEqual([-1, 0, -1]);
    expect(tabEls().map((tab) => tab.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
  });

  it('moves and selects with the arrow keys, wrapping at both ends, and focus follows', () => {
    renderUi(<Tabs />);
    const first = tabEls()[0] as HTMLButtonElement;
    first.focus();
    press(first, 'ArrowRight');
    expect(selectedLabel()).toBe('Decide');
    expect(document.activeElement?.textContent).toBe('Decide');
    press(document.activeElement as Element, 'ArrowRight');
    press(document.activeElement as Element, 'ArrowRight');
    expect(selectedLabel()).toBe('Generate');
    press(document.activeElement as Element, 'ArrowLeft');
    expect(selectedLabel()).toBe('Harvest');
    expect(document.activeElement?.textContent).toBe('Harvest');
    expect(tabEls().map((tab) => tab.tabIndex)).toEqual([-1, -1, 0]);
  });

  it('goes to the first and last tab with Home and End', () => {
    renderUi(<Tabs start="decide" />);
    press(tabEls()[1] as Element, 'End');
    expect(selectedLabel()).toBe('Harvest');
    press(document.activeElement as Element, 'Home');
    expect(selectedLabel()).toBe('Generate');
    expect(document.activeElement).toBe(tabEls()[0]);
  });

  it('ignores other keys and leaves them to the browser', () => {
    renderUi(<Tabs />);
    const first = tabEls()[0] as HTMLButtonElement;
    first.focus();
    const down = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
    first.dispatchEvent(down);
    press(first, 'a');
    expect(down.defaultPrevented).toBe(false);
    expect(selectedLabel()).toBe('Generate');
  });

  it('selects a tab on click', () => {
    renderUi(<Tabs />);
    click(tabEls()[2] as Element);
    expect(selectedLabel()).toBe('Harvest');
    expect(one(document, '#t-tabpanel-harvest').hidden).toBe(false);
    expect(one(document, '#t-tabpanel-generate').hidden).toBe(true);
  });

  it("wears the app's look, and the default look without a provider", () => {
    const look = {
      ...defaultUiLook,
      tabs: 'tabs',
      tabList: 'tabs-header-list',
      tab: 'tab',
      tabSelected: 'tab-active',
    };
    renderUi(
      <UiLookProvider look={look}>
        <Tabs />
      </UiLookProvider>,
    );
    expect(one(document, '.tabs > .tabs-header-list[role="tablist"]')).toBeTruthy();
    expect(tabEls().map((tab) => tab.className)).toEqual(['tab tab-active', 'tab', 'tab']);
    cleanupUi();
    renderUi(<Tabs />);
    expect(tabEls()[0]?.className).toBe('netverk-ui-tab netverk-ui-tab--selected');
  });
});
