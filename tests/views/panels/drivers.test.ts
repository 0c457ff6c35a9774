// The "what drives this node" mapping (src/state/drivers.ts) lists only drivers that move in the
// scenario.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/model/simulate.ts';
import { regions } from '../../../src/data/catalog.ts';
import { activeDrivers, REGION_DRIVERS } from '../../../src/state/drivers.ts';
import {
  defaultTreatment,
  scenarioFromTreatment,
  type Treatment,
} from '../../../src/state/treatment.ts';

function course(change: (t: Treatment) => void) {
  const treatment = defaultTreatment();
  change(treatment);
  return simulate(scenarioFromTreatment(treatment));
}

const ids = (regionId: string, trajectory: ReturnType<typeof course>) =>
  activeDrivers(regionId, trajectory).map((d) => d.id);

describe('activeDrivers', () => {
  it('has a driver list for every region', () => {
    for (const region of regions) expect(REGION_DRIVERS[region.id], region.id).toBeDefined();
  });

  it('lists nothing for any region when nothing is treated', () => {
    const untreated = course(() => {});
    for (const region of regions) expect(ids(region.id, untreated), region.id).toEqual([]);
  });

  it('names the monoamines but not opioids, Na+ or NMDA block for duloxetine alone', () => {
    const drivers = ids(
      'dh-projection',
      course((t) => (t.duloxetine.mg = 60)),
    );
    expect(drivers).toEqual(
      expect.arrayContaining(['noradrenaline', 'serotonin', 'sensitisation']),
    );
    for (const absent of [
      'muOpioid',
      'kappaOpioid',
      'sodiumBlock',
      'nmdaBlock',
      'offCells',
      'onCells',
    ])
      expect(drivers).not.toContain(absent);
  });

  it('adds Na+ channel block for amitriptyline, at the nociceptor and the dorsal horn', () => {
    const trajectory = course((t) => (t.amitriptyline.mg = 50));
    expect(ids('nociceptor', trajectory)).toEqual(['sodiumBlock']);
    expect(ids('dh-projection', trajectory)).toContain('sodiumBlock');
  });

  it('gives sham needling expectation (with its own endogenous opioids) but no needle afferents at the PAG', () => {
    // Expectation releases endogenous opioids through the same route (Eippert 2009).
    expect(
      ids(
        'pag',
        course((t) => (t.acupuncture.mode = 'sham')),
      ),
    ).toEqual(['topDown', 'muOpioid']);
  });

  it('gives a placebo pill the same top-down route and no needle input', () => {
    const placebo = course((t) => (t.placebo = true));
    expect(ids('dlpfc', placebo)).toEqual(['placeboExpectation']);
    expect(ids('pag', placebo)).toEqual(['topDown', 'muOpioid']);
  });

  it('sends serotonin from the RVM serotonergic cells, not the OFF-cells', () => {
    const duloxetine = course((t) => (t.duloxetine.mg = 60));
    expect(ids('rvm-5ht', duloxetine)).toContain('sertBlock');
    expect(ids('rvm-off', duloxetine)).not.toContain('sertBlock');
  });

  it('separates 2 Hz (mu/delta only) from 100 Hz (kappa) electroacupuncture', () => {
    const twoHz = ids(
      'dh-projection',
      course((t) => (t.acupuncture.mode = 'ea-2hz')),
    );
    expect(twoHz).toContain('muOpioid');
    expect(twoHz).not.toContain('kappaOpioid');
    expect(
      ids(
        'pag',
        course((t) => (t.acupuncture.mode = 'ea-2hz')),
      ),
    ).toEqual(['topDown', 'needleAfferents', 'muOpioid']);
    expect(
      ids(
        'dh-projection',
        course((t) => (t.acupuncture.mode = 'ea-100hz')),
      ),
    ).toContain('kappaOpioid');
  });

  it('returns nothing for an unknown region', () => {
    expect(
      ids(
        'nowhere',
        course((t) => (t.duloxetine.mg = 60)),
      ),
    ).toEqual([]);
  });
});
