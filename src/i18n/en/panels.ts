// English messages: the node inspector, the chart lanes and shared chart words (loaded with
// the first screen). Keys are typed from this file (see ../i18n.svelte.ts). Explanatory copy has
// a plain register (a 12-year-old follows it) and a technical one (students, clinicians).
import type { Messages } from '../message.ts';

export default {
  // Shared chart words.
  'chart.untreated': 'Untreated',
  'chart.weeks': 'Week of the course',
  'chart.seconds': 'Seconds',
  'chart.closeUpWindow': 'Close-up window',
  'chart.summary.course':
    '{name} over the 12 weeks: {start} at the start, {end} at the end; lowest {min} (week {minWeek}), highest {max} (week {maxWeek}).',
  'chart.matrix.cell': '{a} with {b}: correlation {value}',
  'chart.matrix.self': '{a} with itself',
  'chart.matrix.idle': 'Point at a square, or use the arrow keys in the grid, to read its value.',

  // The chart lanes under the stage.
  'lanes.heading': 'Over the 12 weeks',
  'lanes.hint': 'Press or drag on a chart to move the course clock there.',
  'lanes.closeUp':
    'The close-up clock is driving the views; the hatched strip marks its window ({from} to {to}).',
  'lanes.pain': 'Simulated pain score (0-10)',
  'lanes.relief': 'Simulated pain relief vs untreated (%)',
  'lanes.plasma': 'Blood level (ng/mL)',
  'lanes.occupancy': 'Transporters blocked (%)',
  'lanes.opioid': 'Opioid release (0-1, model scale)',
  'lanes.dmn': 'DMN-insula coupling (correlation)',
  'lanes.none.drugs': 'No medicine in this scenario.',
  'lanes.none.opioid':
    'No opioid release: no acupuncture with real needle stimulation in this scenario.',
  'lanes.series.pain': 'This scenario',
  'lanes.series.relief': 'Relief',
  'lanes.series.sert': 'SERT',
  'lanes.series.net': 'NET',
  'lanes.series.mu': 'Mu/delta',
  'lanes.series.kappa': 'Kappa',
  'lanes.series.dmn': 'This scenario',

  // The node inspector.
  'inspector.title': 'Node',
  'inspector.empty': {
    plain:
      'Pick a part of the pathway (tap it, or move to it with the Tab key and press Enter) to see what happens there.',
    technical:
      'Select a node on the pathway to inspect its simulated activity, its drivers and the evidence behind it.',
  },
  'inspector.where': 'Where: {level}',
  'inspector.level.periphery': 'in the body, at the nerve endings',
  'inspector.level.spinal': 'the spinal cord',
  'inspector.level.brainstem': 'the brainstem',
  'inspector.level.subcortical': 'deep inside the brain',
  'inspector.level.cortex': "the brain's outer layer (cortex)",
  'inspector.vsUntreated': 'vs untreated',
  'inspector.change': {
    plain: '{name} activity: {change} ({time}).',
    technical: '{name}, simulated activity: {change} ({time}).',
  },
  'inspector.chartTitle': 'Activity over the 12 weeks',
  'inspector.chartY': 'Activity vs untreated',
  'inspector.chartName': '{name} activity',
  'inspector.series.scenario': 'This scenario',
  'inspector.drivers.title': 'What drives it in this scenario',
  'inspector.drivers.none': {
    plain: 'Nothing in this scenario changes it: it stays at its untreated level.',
    technical: 'No input to this node moves in this scenario; it stays at the untreated level.',
  },
  'inspector.drivers.when': 'Values at {time}.',
  'inspector.value.relative': '{change} vs untreated',
  'inspector.value.occupancy': '{percent}% blocked',
  'inspector.value.release': '{level} (0 none, 1 a full session)',
  'inspector.value.relief': '{percent}% less pain',
  'inspector.driver.noradrenaline': {
    plain:
      'Noradrenaline sent down from the brainstem, which brakes pain in the spinal cord through alpha-2 receptors:',
    technical: 'Descending NE (LC/A5-A7) on spinal alpha-2A adrenoceptors, synaptic NE:',
  },
  'inspector.driver.serotonin': {
    plain:
      'Serotonin sent down from the brainstem, a mixed signal: most of its receptors brake pain, one kind (5-HT3) pushes it:',
    technical:
      'Descending 5-HT (raphe magnus), net effect mixed (5-HT1B/1D/7 inhibit, 5-HT3 facilitates), synaptic 5-HT:',
  },
  'inspector.driver.serotoninInterneuron': {
    plain: 'Serotonin, which switches on these calming cells:',
    technical: '5-HT drive onto inhibitory interneurons, synaptic 5-HT:',
  },
  'inspector.driver.muOpioid': {
    plain:
      "The body's own morphine-like chemicals (enkephalin, endorphin), released by needling and by expecting relief:",
    technical:
      'Mu/delta opioid release (enkephalin, beta-endorphin, endomorphin), from needling and from expectation:',
  },
  'inspector.driver.kappaOpioid': {
    plain: "Dynorphin, another of the body's own opioids, released in the spinal cord by needling:",
    technical: 'Kappa opioid (dynorphin) release, spinal:',
  },
  'inspector.driver.offCells': {
    plain: "The brainstem's brake cells (RVM OFF-cells):",
    technical: 'RVM OFF-cell output (direct descending inhibition, largely GABA/glycine):',
  },
  'inspector.driver.onCells': {
    plain: "The brainstem's accelerator cells (RVM ON-cells); lower eases pain:",
    technical: 'RVM ON-cell facilitation:',
  },
  'inspector.driver.interneurons': {
    plain: 'Calming helper cells in the spinal cord:',
    technical: 'Inhibitory interneuron activity:',
  },
  'inspector.driver.sensitisation': {
    plain:
      "Over-sensitivity of the spinal cord ('wind-up'), which settles as the pain signal falls:",
    technical: "Central sensitisation gain, relative to the condition's untreated level:",
  },
  'inspector.driver.sodiumBlock': {
    plain: 'Sodium channels blocked by amitriptyline, which quietens over-active damaged nerves:',
    technical: 'Na+ channel occupancy (suppresses ectopic firing):',
  },
  'inspector.driver.nmdaBlock': {
    plain: "NMDA receptors blocked by amitriptyline, which can calm 'wind-up':",
    technical: 'NMDA receptor occupancy (anti-wind-up):',
  },
  'inspector.driver.needleAfferents': {
    plain: 'Nerve signals from the needles themselves (strength of the session response):',
    technical: 'Segmental afferent input from needling (session response):',
  },
  'inspector.driver.expectation': {
    plain:
      "Expectation: the thinking brain's response to being treated with needles, real or sham (strength of the session response):",
    technical: 'Expectation / top-down drive from needling, sham included (session response):',
  },
  'inspector.driver.placeboExpectation': {
    plain:
      'Expectation from taking a pill each day (a placebo pill), which works the same brake from the top:',
    technical: 'Expectation from a daily placebo pill (top-down PFC -> PAG drive):',
  },
  'inspector.driver.topDown': {
    plain: 'Signals from the thinking front of the brain (prefrontal cortex and rACC):',
    technical: 'Top-down PFC/rACC drive:',
  },
  'inspector.driver.pag': {
    plain: 'The PAG, the main switch of the pain brake, which controls these cells:',
    technical: 'PAG output:',
  },
  'inspector.driver.ascending': {
    plain: 'The pain signal arriving from the spinal cord:',
    technical: 'Ascending input from dorsal horn projection neurons:',
  },
  'inspector.driver.amygdala': {
    plain: 'The emotional weight of pain, from the amygdala:',
    technical: 'Amygdala contribution (affective component):',
  },
  'inspector.driver.vmpfcCalming': {
    plain: 'Calming from the front of the brain (vmPFC):',
    technical: 'vmPFC inhibition of the amygdala:',
  },
  'inspector.driver.relief': {
    plain: 'How much the pain has eased:',
    technical: 'Relief (analgesia relative to untreated):',
  },
  'inspector.driver.sertBlock': {
    plain:
      'Serotonin pumps (SERT) blocked, so the serotonin sent down from here stays longer at the spinal synapse:',
    technical: 'SERT occupancy (prolongs descending 5-HT at the spinal synapse):',
  },
  'inspector.driver.netBlock': {
    plain:
      'Noradrenaline pumps (NET) blocked, so the noradrenaline these cells send down stays longer at the spinal synapse:',
    technical: 'NET occupancy (prolongs descending NE at the spinal synapse):',
  },
  'inspector.hypothesis': {
    plain:
      'A medicine and acupuncture are both on. The model adds their effects together, but whether they really add up in people is a hypothesis: the size of any extra benefit has not been established.',
    technical:
      'Drug + acupuncture: the model combines the mechanisms; clinical synergy is a hypothesis with preliminary data, and the size of any extra benefit is not established.',
  },
  'inspector.evidence.title': 'Evidence about this part',
  'inspector.evidence.none': 'No evidence record names this part directly.',
  'inspector.evidence.moreRecords': 'More evidence about this part ({count})',
  'inspector.evidence.more': 'See all evidence and the claims we checked',

  'evidence.hypothesis': 'Hypothesis',
} as const satisfies Messages;
