// @vitest-environment jsdom
// The two clocks: the course scrubber moves app.courseHours by keyboard (a day, Shift a week),
// Play toggles app.playing, the speed select sets app.speed, and the close-up clock takes over
// the views when moved and hands them back.
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import CourseClock from '../../../src/views/controls/CourseClock.svelte';
import CloseUpClock from '../../../src/views/controls/CloseUpClock.svelte';
import { app } from '../../../src/state/app.svelte.ts';
import { COURSE_HOURS } from '../../../src/state/viewState.ts';
import { resetView } from './setup.ts';

beforeEach(resetView);

describe('CourseClock', () => {
  it('moves the course a day per arrow key and a week with Shift or Page keys', async () => {
    render(CourseClock);
    const slider = screen.getByRole('slider', { name: 'Time in the course' });
    const start = app.courseHours;
    await fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(app.courseHours).toBe(start + 24);
    await fireEvent.keyDown(slider, { key: 'ArrowLeft', shiftKey: true });
    expect(app.courseHours).toBe(start + 24 - 168);
    await fireEvent.keyDown(slider, { key: 'PageUp' });
    expect(app.courseHours).toBe(start + 24);
    await fireEvent.keyDown(slider, { key: 'End' });
    expect(app.courseHours).toBe(COURSE_HOURS);
    await fireEvent.keyDown(slider, { key: 'Home' });
    expect(app.courseHours).toBe(0);
  });

  it('follows a drag of the scrubber and reads the time out', async () => {
    render(CourseClock);
    const slider = screen.getByRole('slider', { name: 'Time in the course' });
    await fireEvent.input(slider, { target: { value: '500' } });
    expect(app.courseHours).toBe(500);
    expect(slider.getAttribute('aria-valuetext')).toBe('Week 2, day 7, 20:00');
  });

  it('toggles app.playing with Play and Pause', async () => {
    render(CourseClock);
    await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(app.playing).toBe(true);
    await fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(app.playing).toBe(false);
  });

  it('steps a day with the buttons, a week with Shift', async () => {
    render(CourseClock);
    const start = app.courseHours;
    await fireEvent.click(screen.getByRole('button', { name: 'Forward 1 day' }));
    expect(app.courseHours).toBe(start + 24);
    await fireEvent.click(screen.getByRole('button', { name: 'Back 1 day' }), { shiftKey: true });
    expect(app.courseHours).toBe(start + 24 - 168);
  });

  it('sets the speed', async () => {
    render(CourseClock);
    await fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), {
      target: { value: '7' },
    });
    expect(app.speed).toBe(7);
  });

  it('marks each dose of the treatment', async () => {
    app.treatment.duloxetine.mg = 60;
    const { container } = render(CourseClock);
    expect(container.querySelectorAll('rect.dose')).toHaveLength(84);
    expect(screen.getByText('Duloxetine')).toBeTruthy();
  });
});

describe('CloseUpClock', () => {
  it('drives the views once moved, and hands back to the course clock', async () => {
    render(CloseUpClock);
    expect(screen.queryByText('Drives the views')).toBeNull();
    const slider = screen.getByRole('slider', { name: 'Time in the close-up' });
    await fireEvent.input(slider, { target: { value: String(app.closeUpWindow.fromHours + 9.5) } });
    expect(app.closeUpActive).toBe(true);
    expect(app.now).toBe(app.closeUpWindow.fromHours + 9.5);
    expect(screen.getByText('Drives the views')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Back to the course clock' }));
    expect(app.closeUpActive).toBe(false);
  });

  it('says when there is no session to show and offers the day', async () => {
    render(CloseUpClock);
    await fireEvent.click(screen.getByRole('radio', { name: 'A session' }));
    expect(app.closeUpMode).toBe('session');
    expect(screen.getByText(/No acupuncture is switched on/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Show a day instead' }));
    expect(app.closeUpMode).toBe('day');
  });

  it('marks needles in and needles out in a session', async () => {
    app.treatment.acupuncture.mode = 'ea-2hz';
    app.closeUpMode = 'session';
    render(CloseUpClock);
    expect(screen.getAllByText(/needles in/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/needles out/).length).toBeGreaterThan(0);
  });
});
