// English messages: the app shell, notices and shared words.
import type { Messages } from '../message.ts';

export default {
  'app.title': 'PainBrake',
  'app.tagline': "How the body's own pain brake works, and what treatments do to it",
  'app.disclaimer': {
    plain:
      'For learning only: this is not medical advice. It shows how things work in general; it cannot say what will happen to you. Talk to your prescriber before starting, changing or stopping a medicine.',
    technical:
      'Educational simulation of mechanisms, not a prediction for any individual and not dosing advice. Decisions to start, change or stop a medicine belong with the prescriber.',
  },
  'app.skipToStage': 'Skip to the pathway',
  'notice.dismiss': 'Dismiss',
  'notice.urlIgnored': 'Some settings in the link could not be used and were reset: {details}',
  'units.percent': '{value}%',
  'units.mg': '{value} mg',
  'units.week': 'week {value}',
  'units.day': 'day {value}',
  'register.label': 'Wording',
  'register.plain': 'Plain language',
  'register.technical': 'Technical',
  'shell.stageHeading': 'The pain pathway',
  'shell.panelsLabel': 'Details',
  'shell.view.label': 'Show',
  'shell.view.stage': 'Whole pathway',
  'shell.view.synapse': 'Synapse close-up',
  'panel.inspector': 'Node',
  'panel.networks': 'Networks',
  'panel.effects': 'Effects',
  'panel.evidence': 'Evidence',
  'panel.about': 'About',
  'panel.tabsLabel': 'Panels',
  'describe.amitriptyline': 'amitriptyline {mg} mg at night',
  'describe.duloxetine': 'duloxetine {mg} mg each morning',
  'describe.duloxetineStop': 'duloxetine {mg} mg, stopped at once in week {week}',
  'describe.duloxetineTaper': 'duloxetine {mg} mg, tapered from week {week}',
  'describe.sertraline': 'sertraline {mg} mg each morning',
  'describe.acupuncture': '{mode}, {perWeek} a week, {minutes} minutes',
  'describe.noTreatment': 'no treatment',
  'describe.mode.sham': 'sham acupuncture',
  'describe.mode.manual': 'manual acupuncture',
  'describe.mode.ea2': 'electroacupuncture 2 Hz',
  'describe.mode.ea100': 'electroacupuncture 100 Hz',
  'describe.mode.ea2100': 'electroacupuncture 2/100 Hz',
  'describe.time': 'Week {week}, day {day}, {clock}',
  'describe.same': 'the same as untreated',
  'describe.above': '{percent}% above untreated',
  'describe.below': '{percent}% below untreated',
  'describe.summary':
    '{time}. Treatment: {treatment}. Pain {pain} out of 10, {relief}% less than untreated. {node}: {change}.',
  'describe.summaryNoNode':
    '{time}. Treatment: {treatment}. Pain {pain} out of 10, {relief}% less than untreated.',
} as const satisfies Messages;
