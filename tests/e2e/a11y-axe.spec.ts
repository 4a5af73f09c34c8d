/**
 * axe-core's WCAG 2.2 A and AA rules on every view a reader meets, in both languages: the main view, an open
 * event, the list view, the phone layout (map, timeline and list views, an open event in the bottom sheet), the
 * embed (desktop and phone widths, its menu, card and dialog), a story step, a region with its totals and shading,
 * an older version's notice and the share dialog.
 * A screenshot of each is kept in test-results/screenshots/ (a11y-*.png) to be looked at.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, sharedBrowser, SHOT_DIR, waitForMap } from './browser';
import { axeViolations, describeViolations } from './axe';

const baseURL = inject('baseURL');
const getBrowser = sharedBrowser();
const EVENT = '2023-01-19-toma-de-lima-march';
const STORY = 'juliaca-9-january-2023';
const PHONE = { width: 375, height: 667, touch: true };

async function expectNoViolations(page: Page, name: string) {
  await page.screenshot({ path: `${SHOT_DIR}/a11y-${name}.png` });
  expect(describeViolations(await axeViolations(page))).toEqual([]);
}

async function view(page: Page, pane: 'map' | 'timeline' | 'list') {
  await page.locator(`[data-testid=view-switch] button[data-pane=${pane}]`).click();
  if (pane === 'list') await page.locator('[data-testid=event-list] tbody tr').first().waitFor();
}

describe.each(['es', 'en'] as const)('no WCAG 2.2 A/AA violation (%s)', (lang) => {
  it('main view, an open event, the list view (desktop)', async () => {
    const { page, context } = await openPage(getBrowser(), `${baseURL}?lang=${lang}`);
    await expectNoViolations(page, `main-${lang}`);
    await view(page, 'list');
    await expectNoViolations(page, `list-${lang}`);
    await page.locator('[data-testid=event-list] tbody button.open').nth(2).click();
    await page.locator('[data-testid=detail-panel]').waitFor();
    await expectNoViolations(page, `list-event-${lang}`);
    await context.close();
  });

  it('an open event from a link, with the menus open', async () => {
    const { page, context } = await openPage(getBrowser(), `${baseURL}?lang=${lang}&event=${EVENT}`);
    await page.locator('[data-testid=detail-panel]').waitFor();
    await page.locator('.downloads summary').click();
    await page.locator('.about summary').click();
    await expectNoViolations(page, `event-${lang}`);
    await context.close();
  });

  it('phone layout: map, timeline and list views, and an open event', async () => {
    const { page, context } = await openPage(
      getBrowser(),
      `${baseURL}?lang=${lang}&from=2023-01-15&to=2023-01-22`,
      PHONE,
    );
    await expectNoViolations(page, `phone-map-${lang}`);
    await view(page, 'timeline');
    await expectNoViolations(page, `phone-timeline-${lang}`);
    await view(page, 'list');
    await expectNoViolations(page, `phone-list-${lang}`);
    await page.locator('[data-testid=event-list] tbody button.open').first().click();
    await page.locator('[data-testid=detail-panel]').waitFor();
    await expectNoViolations(page, `phone-event-${lang}`);
    await context.close();
  });

  it('embed view (?embed=1): the layout, its categories menu, an open event and the embed dialog', async () => {
    const { page, context } = await openPage(
      getBrowser(),
      `${baseURL}?lang=${lang}&embed=1&from=2023-01-15&to=2023-01-22`,
      { width: 640, height: 760 },
    );
    await page.locator('[data-testid=embed]').waitFor();
    await expectNoViolations(page, `embed-${lang}`);
    await page.locator('[data-testid=categories-button]').click();
    await expectNoViolations(page, `embed-categories-${lang}`);
    await page.keyboard.press('Escape');
    await page.goto(`${baseURL}?lang=${lang}&embed=1&event=${EVENT}`);
    await waitForMap(page);
    await page.locator('[data-testid=embed-card] [data-testid=detail-panel]').waitFor();
    await expectNoViolations(page, `embed-event-${lang}`);
    await page.locator('[data-testid=embed] .foot button[aria-haspopup=dialog]').click();
    await page.locator('[data-testid=embed-dialog][open]').waitFor();
    await expectNoViolations(page, `embed-dialog-${lang}`);
    await context.close();
  });

  it('embed view on a 320 px phone, with an open event', async () => {
    const { page, context } = await openPage(getBrowser(), `${baseURL}?lang=${lang}&embed=1&event=${EVENT}`, {
      width: 320,
      height: 622,
      touch: true,
    });
    await page.locator('[data-testid=embed-card] [data-testid=detail-panel]').waitFor();
    await expectNoViolations(page, `embed-phone-${lang}`);
    await context.close();
  });

  it('issue 6 and 8 views: a story step, the totals panel with a region, the version notice, the share dialog', async () => {
    const { page, context } = await openPage(getBrowser(), `${baseURL}?lang=${lang}&story=${STORY}&step=2`);
    await page.locator('[data-testid=story-step]').waitFor();
    await expectNoViolations(page, `story-${lang}`);
    await page.goto(`${baseURL}?lang=${lang}&region=PE-PUN&shade=deaths&from=2023-01-04&to=2023-01-31`);
    await waitForMap(page);
    await page.locator('[data-testid=totals-panel]').waitFor();
    await page.locator('[data-testid=shade-legend]').waitFor();
    await expectNoViolations(page, `region-${lang}`);
    await page.goto(`${baseURL}?lang=${lang}&v=1.0.0&from=2023-01-15&to=2023-01-22`);
    await waitForMap(page);
    await page.locator('[data-testid=version-notice]').waitFor();
    await expectNoViolations(page, `version-${lang}`);
    await page.locator('[data-testid=share-open]').click();
    await page.locator('[data-testid=share-dialog] [data-testid=cite-apa]').waitFor();
    await expectNoViolations(page, `share-${lang}`);
    await context.close();
  });
});
