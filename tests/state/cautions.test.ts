// Which cautions apply (src/state/cautions.ts): to the medicines switched on, the person's traits
// and the combinations the labels warn about; which are warnings for the controls; and that every
// caution has its words in the catalogue (a missing one would show a key).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activeWarnings, cautionStatuses } from '../../src/state/cautions.ts';
import { defaultTreatment, medicinesOn, type Treatment } from '../../src/state/treatment.ts';
import { cautions } from '../../src/data/catalog.ts';
import { readLocale } from '../../scripts/messages/catalogue.ts';
import { anyTreatment } from './treatmentArbitrary.ts';

const treatment = (change: (t: Treatment) => void): Treatment => {
  const t = defaultTreatment();
  change(t);
  return t;
};
const applying = (t: Treatment) =>
  cautionStatuses(t)
    .filter((s) => s.applies)
    .map((s) => s.caution.id);
const warningIds = (t: Treatment) => activeWarnings(t).map((s) => s.caution.id);

describe('cautionStatuses', () => {
  it('applies nothing when no medicine is on, whatever the person', () => {
    const t = treatment((t) => {
      t.person.olderAdult = true;
      t.person.liver = 'impaired';
      t.acupuncture.mode = 'ea-2hz';
      t.placebo = true;
    });
    expect(applying(t)).toEqual([]);
  });

  it('warns of serotonin syndrome for any two serotonergic medicines and never for one', () => {
    fc.assert(
      fc.property(anyTreatment, (t) => {
        const on = medicinesOn(t).length;
        expect(warningIds(t).includes('serotonin-syndrome')).toBe(on >= 2);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('names the medicines concerned in treatment order', () => {
    const [warning] = activeWarnings(
      treatment((t) => {
        t.sertraline.mg = 50;
        t.duloxetine.mg = 60;
      }),
    );
    expect(warning?.medicinesOn).toEqual(['duloxetine', 'sertraline']);
  });

  it('brings the CYP2D6 interaction forward only with a partner that inhibits CYP2D6', () => {
    expect(applying(treatment((t) => (t.amitriptyline.mg = 25)))).not.toContain(
      'cyp2d6-interaction',
    );
    expect(
      applying(
        treatment((t) => {
          t.amitriptyline.mg = 25;
          t.sertraline.mg = 50;
        }),
      ),
    ).toContain('cyp2d6-interaction');
  });

  it('raises a caution for liver or severe kidney disease with duloxetine, and warns', () => {
    const liver = treatment((t) => {
      t.duloxetine.mg = 60;
      t.person.liver = 'impaired';
    });
    expect(warningIds(liver)).toEqual(['duloxetine-liver']);
    const kidney = treatment((t) => {
      t.duloxetine.mg = 60;
      t.person.kidney = 'severe';
    });
    expect(warningIds(kidney)).toEqual(['duloxetine-kidney']);
    // The same traits without duloxetine raise no duloxetine caution.
    expect(
      applying(
        treatment((t) => {
          t.amitriptyline.mg = 25;
          t.person.kidney = 'severe';
        }),
      ),
    ).not.toContain('duloxetine-kidney');
  });

  it('says which traits brought a caution forward', () => {
    const status = cautionStatuses(
      treatment((t) => {
        t.amitriptyline.mg = 25;
        t.person.olderAdult = true;
        t.person.cyp2d6 = 'poor';
      }),
    );
    const find = (id: string) => status.find((s) => s.caution.id === id)!;
    expect(find('amitriptyline-older-adults').traitsPresent).toEqual(['older-adult']);
    expect(find('cyp2d6-poor').applies).toBe(true);
    expect(find('cyp2d6-ultrarapid').applies).toBe(false);
  });
});

describe('the cautions’ words', () => {
  it('has a title and a text in both registers for every caution, and a warning text for every warning', () => {
    const messages: Record<string, unknown> = Object.assign({}, ...Object.values(readLocale('en')));
    for (const caution of cautions) {
      expect(messages[`caution.${caution.id}.title`], caution.id).toBeTypeOf('string');
      expect(messages[`caution.${caution.id}`], caution.id).toHaveProperty('plain');
      expect(messages[`caution.${caution.id}`], caution.id).toHaveProperty('technical');
      if (caution.level === 'warning') {
        expect(messages[`warning.${caution.id}`], caution.id).toHaveProperty('plain');
        expect(messages[`warning.short.${caution.id}`], caution.id).toBeTypeOf('string');
        expect(JSON.stringify(messages[`warning.${caution.id}`])).toContain(
          'Only a prescriber can decide this.',
        );
      }
    }
  });
});
