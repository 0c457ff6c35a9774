// @vitest-environment jsdom
// The treatment controls change app.treatment just after the press has painted (app.edit), show
// only the options that apply, and Reset returns to the defaults.
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import TreatmentControls from '../../../src/views/controls/TreatmentControls.svelte';
import { app } from '../../../src/state/app.svelte.ts';
import { defaultTreatment } from '../../../src/state/treatment.ts';
import { resetView } from './setup.ts';

const group = (name: string) => screen.getByRole('group', { name });

/** Waits for the controls' edits to reach the treatment and the page to follow. */
async function applied() {
  await app.editsApplied();
  flushSync();
}

beforeEach(resetView);

describe('TreatmentControls', () => {
  it('sets duloxetine to 60 mg when 60 is chosen', async () => {
    render(TreatmentControls);
    await fireEvent.click(
      within(group('Duloxetine dose each morning (mg)')).getByRole('radio', { name: '60 mg' }),
    );
    // The chip shows the choice at once; the treatment follows after that paint.
    expect(
      within(group('Duloxetine dose each morning (mg)'))
        .getByRole<HTMLInputElement>('radio', { name: '60 mg' })
        .closest('label')!
        .classList.contains('chosen'),
    ).toBe(true);
    await applied();
    expect(app.treatment.duloxetine.mg).toBe(60);
  });

  it('shows the 30 mg start, the ending and the schedule once duloxetine is on', async () => {
    render(TreatmentControls);
    expect(screen.queryByRole('checkbox', { name: /30 mg for the first two weeks/ })).toBeNull();
    await fireEvent.click(
      within(group('Duloxetine dose each morning (mg)')).getByRole('radio', { name: '60 mg' }),
    );
    await applied();
    const start = screen.getByRole<HTMLInputElement>('checkbox', {
      name: /30 mg for the first two weeks/,
    });
    expect(start.checked).toBe(true);
    expect(screen.getByText(/30 mg on days 1–14, 60 mg from day 15 to the end/)).toBeTruthy();
    await fireEvent.click(start);
    await applied();
    expect(app.treatment.duloxetine.startAt30).toBe(false);
    await fireEvent.click(
      within(group('Duloxetine during the 12 weeks')).getByRole('radio', { name: 'Taper' }),
    );
    await applied();
    expect(app.treatment.duloxetine.ending).toBe('taper');
    await fireEvent.change(screen.getByRole('combobox', { name: 'Starting in week' }), {
      target: { value: '10' },
    });
    await applied();
    expect(app.treatment.duloxetine.endWeek).toBe(10);
    expect(
      screen.getByText(/60 mg on days 1–70, 30 mg on days 71–77, 20 mg from day 78 to the end/),
    ).toBeTruthy();
  });

  it('combines acupuncture, amitriptyline and sertraline with the condition', async () => {
    render(TreatmentControls);
    await fireEvent.click(screen.getByRole('radio', { name: 'Fibromyalgia' }));
    await fireEvent.click(screen.getByRole('radio', { name: 'Electroacupuncture 2/100 Hz' }));
    // Its sessions and minutes show once the treatment has it.
    await applied();
    await fireEvent.click(
      within(group('Acupuncture sessions each week')).getByRole('radio', { name: '3' }),
    );
    await fireEvent.click(
      within(group('Minutes each session')).getByRole('radio', { name: '40 minutes' }),
    );
    await fireEvent.click(
      within(group('Amitriptyline dose at night (mg)')).getByRole('radio', { name: '25 mg' }),
    );
    await fireEvent.click(
      within(group('Sertraline dose each morning (mg)')).getByRole('radio', { name: '50 mg' }),
    );
    await applied();
    expect(app.treatment).toEqual({
      ...defaultTreatment(),
      condition: 'fibromyalgia',
      acupuncture: { mode: 'ea-2-100hz', perWeek: 3, minutes: 40 },
      amitriptyline: { mg: 25 },
      sertraline: { mg: 50 },
    });
    expect(screen.getByText(/10 mg on days 1–7, 25 mg from day 8 to the end/)).toBeTruthy();
  });

  it('a reset right after a press wins over the press still waiting', async () => {
    render(TreatmentControls);
    await fireEvent.click(
      within(group('Duloxetine dose each morning (mg)')).getByRole('radio', { name: '60 mg' }),
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Reset treatments' }));
    await applied();
    expect(app.treatment).toEqual(defaultTreatment());
  });

  it('follows the state when it changes elsewhere (a link, a story)', async () => {
    const { findByRole } = render(TreatmentControls);
    app.treatment.sertraline.mg = 100;
    const chosen = await findByRole('radio', { name: '100 mg', checked: true });
    expect(chosen).toBeTruthy();
  });

  it('resets to the defaults', async () => {
    render(TreatmentControls);
    app.treatment.duloxetine.mg = 120;
    app.treatment.acupuncture.mode = 'manual';
    await fireEvent.click(screen.getByRole('button', { name: 'Reset treatments' }));
    expect(app.treatment).toEqual(defaultTreatment());
  });

  it('groups every set of choices under a legend, with one heading per treatment', () => {
    const { container } = render(TreatmentControls);
    for (const fieldset of container.querySelectorAll('fieldset'))
      expect(fieldset.querySelector('legend')?.textContent?.trim()).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.trim())).toEqual(
      expect.arrayContaining(['Condition', 'Acupuncture']),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Treatments' }).id).toBe(
      'controls-heading',
    );
  });
});
