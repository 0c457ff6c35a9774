// English messages: the treatment controls, the two clocks, the URL notice and the keyboard
// shortcuts. Keys are typed from this file (see ../i18n.svelte.ts).
import type { Messages } from '../message.ts';

export default {
  'controls.heading': 'Treatments',
  'controls.intro': {
    plain:
      'Switch treatments on and off, in any combination, and watch the pathway respond. This shows how they work in general; it is not a plan for anyone.',
    technical:
      'Any combination can be simulated; the model re-runs on every change. Mechanistic illustration only, not a prescribing aid.',
  },
  'controls.simulating': 'Simulating: {treatment}.',
  'controls.reset': 'Reset treatments',
  'controls.off': 'Off',
  'controls.mgUnit': 'mg',

  'controls.condition.heading': 'Condition',
  'controls.condition.legend': 'Which kind of long-term pain',

  'controls.acu.heading': 'Acupuncture',
  'controls.acu.explain': {
    plain:
      'Fine needles, sometimes with a small electric current, make the body release its own pain-calming chemicals.',
    technical:
      'Needling drives afferents into PAG-RVM circuits; electroacupuncture frequency selects the opioid released (2 Hz mu/delta, 100 Hz kappa).',
  },
  'controls.acu.legend': 'Kind of acupuncture',
  'controls.acu.perWeek': 'Acupuncture sessions each week',
  'controls.acu.minutes': 'Minutes each session',
  'controls.acu.minutesUnit': 'minutes',
  'controls.acu.sessions':
    '{perWeek} a week, {minutes} minutes each, at {time} on days {days} of each week ({count} in all)',

  'controls.ami.heading': 'Amitriptyline',
  'controls.ami.kind': 'tricyclic, taken at night',
  'controls.ami.explain': {
    plain:
      'An old antidepressant used in low doses for pain. It lets more serotonin and noradrenaline reach the brake in the spinal cord, and blocks other receptors too, which can cause sleepiness and a dry mouth.',
    technical:
      'Tricyclic: SERT and NET inhibition (its metabolite nortriptyline is NET-selective), plus H1, muscarinic, alpha-1, sodium-channel and NMDA block.',
  },
  'controls.ami.legend': 'Amitriptyline dose at night (mg)',
  'controls.ami.titration':
    'In the simulation it starts at 10 mg and rises each week to the chosen dose.',

  'controls.dul.heading': 'Duloxetine',
  'controls.dul.kind': 'SNRI, taken in the morning',
  'controls.dul.explain': {
    plain:
      'Keeps more serotonin and noradrenaline around the nerve cells of the spinal cord, which strengthens the body’s own brake.',
    technical:
      'SNRI: blocks SERT and NET; the extra spinal noradrenaline acts on alpha-2A adrenoceptors, which carry most of the descending inhibition.',
  },
  'controls.dul.legend': 'Duloxetine dose each morning (mg)',
  'controls.dul.startAt30': 'Start with 30 mg for the first two weeks',
  'controls.dul.ending': 'Duloxetine during the 12 weeks',
  'controls.dul.continue': 'Keep taking',
  'controls.dul.abrupt': 'Stop at once',
  'controls.dul.taper': 'Taper',
  'controls.dul.endWeek': 'Starting in week',
  'controls.dul.endingExplain': {
    plain:
      'Stopping at once makes the drug’s level fall within a few days; stepping down makes it fall more slowly. The Effects panel shows the simulated risk of withdrawal symptoms. Only a prescriber can plan a change.',
    technical:
      'Abrupt cessation versus a weekly step-down taper changes how fast transporter occupancy falls; see the discontinuation-risk series in the Effects panel. Not a tapering protocol.',
  },

  'controls.ser.heading': 'Sertraline',
  'controls.ser.kind': 'SSRI, shown for contrast',
  'controls.ser.explain': {
    plain:
      'An SSRI: it raises mostly serotonin, not noradrenaline. It is here to compare: serotonin alone helps the spinal brake less, and the evidence for SSRIs in nerve pain is inconclusive.',
    technical:
      'SSRI: SERT-selective with negligible NET block, so little spinal alpha-2A drive; evidence in neuropathic pain is inconclusive. Included as a contrast to the dual-action drugs.',
  },
  'controls.ser.legend': 'Sertraline dose each morning (mg)',

  'controls.placebo.heading': 'Placebo pill',
  'controls.placebo.kind': 'a dummy pill, for comparison',
  'controls.placebo.explain': {
    plain:
      'A pill with no medicine in it, taken each morning. Expecting relief switches on the body’s own brake from the brain down, with its own pain-calming chemicals: the same route sham needles use. On its own it shows what the placebo group of a trial feels; with a medicine, what the medicine group feels.',
    technical:
      'Expectation engages PFC -> PAG -> RVM with endogenous opioid release (Eippert 2009; naloxone-reversible, Levine 1978). Medicines alone show the drug-specific effect; add the placebo pill for a trial’s drug arm, or use it alone for the placebo arm.',
  },
  'controls.placebo.label': 'Take a placebo pill each morning',

  'controls.person.heading': 'About the person',
  'controls.person.summary': 'About the person: {traits}',
  'controls.person.none': 'an adult with no listed conditions',
  'controls.person.explain': {
    plain:
      'Some things about a person change how much medicine reaches the blood and which cautions matter. Nothing is stored: it lives only in this page’s link.',
    technical:
      'Patient factors change the simulated pharmacokinetics and bring the matching cautions forward in Effects. Held only in the URL.',
  },
  'controls.person.older': 'Older adult (65 or over)',
  'controls.person.smoker': 'Smokes',
  'controls.person.liver': 'Liver',
  'controls.person.liver.normal': 'Healthy',
  'controls.person.liver.impaired': 'Liver disease',
  'controls.person.kidney': 'Kidneys',
  'controls.person.kidney.normal': 'Healthy',
  'controls.person.kidney.severe': 'Severe kidney disease',
  'controls.person.cyp2d6': 'CYP2D6 type',
  'controls.person.cyp2d6.normal': 'Normal',
  'controls.person.cyp2d6.poor': 'Poor',
  'controls.person.cyp2d6.ultrarapid': 'Ultrarapid',
  'controls.person.cyp2d6.explain': {
    plain:
      'CYP2D6 is a liver enzyme that clears nortriptyline, the active form amitriptyline turns into. Some people make little of it (poor) or a lot (ultrarapid); only a gene test shows which.',
    technical:
      'CYP2D6 hydroxylates nortriptyline (mostly) and amitriptyline; genotype sets its activity (CPIC). Duloxetine and, mildly, sertraline inhibit it.',
  },
  'controls.person.notAdvice':
    'This changes the simulation only. It is not a check of whether a medicine suits anyone.',

  'warning.heading': 'Warning',
  'warning.summary': 'Warning: {warnings}',
  'warning.short': 'Warning: {risks}.',
  'warning.short.serotonin-syndrome': 'risk of serotonin syndrome',
  'warning.short.duloxetine-liver': 'duloxetine with liver disease',
  'warning.short.duloxetine-kidney': 'duloxetine with severe kidney disease',
  'warning.short.amitriptyline-older-adults': 'amitriptyline in an older adult',
  'warning.serotonin-syndrome': {
    plain:
      '{drugs}: taking these together can cause a dangerous reaction called serotonin syndrome. Only a prescriber can decide this.',
    technical:
      '{drugs}: combining serotonergic drugs risks serotonin toxicity (the labels warn against it). Only a prescriber can decide this.',
  },
  'warning.duloxetine-liver': {
    plain:
      'Duloxetine with liver disease: its level rises about five times, and its label says to avoid it. Only a prescriber can decide this.',
    technical:
      'Duloxetine in hepatic impairment: exposure ~5-fold (clearance ~15% of normal); label: avoid. Only a prescriber can decide this.',
  },
  'warning.duloxetine-kidney': {
    plain:
      'Duloxetine with severe kidney disease: its level about doubles, and its label says to avoid it. Only a prescriber can decide this.',
    technical:
      'Duloxetine with CrCl < 30 mL/min: Cmax and AUC ~2-fold; label: avoid. Only a prescriber can decide this.',
  },
  'warning.amitriptyline-older-adults': {
    plain:
      'Amitriptyline in an older adult: guidelines advise avoiding it, because it can cause confusion, dizziness on standing and falls. Only a prescriber can decide this.',
    technical:
      'Amitriptyline in older adults: AGS Beers Criteria: avoid (strongly anticholinergic, sedating, orthostatic hypotension, falls). Only a prescriber can decide this.',
  },

  'controls.schedule.heading': 'Simulated schedule:',
  'controls.schedule.range': '{mg} mg on days {from}–{to}',
  'controls.schedule.day': '{mg} mg on day {from}',
  'controls.schedule.onwards': '{mg} mg from day {from} to the end',
  'controls.schedule.stopped': 'none from day {day}',

  'clock.course.heading': 'Treatment course',
  'clock.course.slider': 'Time in the course',
  'clock.course.weeks': 'weeks',
  'clock.course.markers':
    'Markers for each dose and acupuncture session. Taller dose marks are larger doses. {treatment}.',
  'clock.course.noMarkers': 'No treatment is on, so there are no doses or sessions to mark.',
  'clock.driving': 'Drives the views',
  'clock.useCourse': 'Back to the course clock',
  'clock.play': 'Play',
  'clock.pause': 'Pause',
  'clock.back': 'Back 1 day',
  'clock.forward': 'Forward 1 day',
  'clock.stepLabel': '1 day',
  'clock.stepHint': 'Shift+click: a week',
  'clock.speed': 'Speed',
  'clock.speed.1': '1 day/s',
  'clock.speed.2': '2 days/s',
  'clock.speed.3.5': '3.5 days/s',
  'clock.speed.7': '1 week/s',
  'clock.closeUp.heading': 'Close-up',
  'clock.closeUp.mode': 'Close-up shows',
  'clock.closeUp.day': 'A day',
  'clock.closeUp.session': 'A session',
  'clock.closeUp.slider': 'Time in the close-up',
  'clock.closeUp.hint': 'Move this clock to look closer; it then drives the views.',
  'clock.closeUp.noSession': 'No acupuncture is switched on, so there is no session to zoom into.',
  'clock.closeUp.showDay': 'Show a day instead',
  'clock.closeUp.needlesIn': 'needles in',
  'clock.closeUp.needlesOut': 'needles out',
  'clock.closeUp.minutes': '{value} min',
  'clock.closeUp.dose': '{drug} {mg} mg',
  'clock.closeUp.noMarks': 'No doses or sessions fall in this close-up.',

  'url.item': '{key}={value} ({reason})',
  'url.more': 'and {count} more',
  'url.reason.unknown': 'not a setting this page knows',
  'url.reason.repeated': 'given more than once; the first was used',
  'url.reason.choice': 'not one of {allowed}',
  'url.reason.unlisted': 'not a known value',
  'url.reason.range': 'not a number from {min} to {max}',
  'url.reason.camera': 'not a camera position this page can use',

  'shortcuts.open': 'Keyboard shortcuts',
  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.close': 'Close',
  'shortcuts.keysColumn': 'Keys',
  'shortcuts.actionColumn': 'What they do',
  'shortcuts.playPause': 'Play or pause the treatment course',
  'shortcuts.stepDay': 'Back or forward one day',
  'shortcuts.stepWeek': 'Back or forward one week',
  'shortcuts.speed': 'Slower or faster',
  'shortcuts.ends': 'Start or end of the course',
  'shortcuts.help': 'Show this list',
  'shortcuts.or': 'or',
  'shortcuts.note':
    'On a clock’s slider the arrow keys move it (the course by a day, with Shift by a week; Page Up and Page Down by a week). The shortcuts never take a key a control needs: they are off while you type or pick from a list, and on a slider, tab or set of choices Space, Home and End stay with it.',
  'shortcuts.key.space': 'Space',
  'shortcuts.key.k': 'K',
  'shortcuts.key.j': 'J',
  'shortcuts.key.l': 'L',
  'shortcuts.key.slower': '[',
  'shortcuts.key.faster': ']',
  'shortcuts.key.help': '?',
  'shortcuts.key.shiftJ': 'Shift+J',
  'shortcuts.key.shiftL': 'Shift+L',
  'shortcuts.key.home': 'Home',
  'shortcuts.key.end': 'End',
} as const satisfies Messages;
