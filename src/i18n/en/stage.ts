// English messages: stage. (the pathway diagram) and synapse. (the dorsal-horn close-up). Keys
// are typed from this file (see ../i18n.svelte.ts).
import type { Messages } from '../message.ts';

export default {
  'stage.title':
    'The pain pathway: the signal from body to brain, and the brake from brain to spine',
  'stage.area.brain': 'Brain',
  'stage.area.brainstem': 'Brainstem',
  'stage.area.spinal': 'Spinal cord',
  'stage.area.body': 'Body',
  'stage.group': 'Resting network, reward',
  'stage.tract': 'Spinothalamic tract',
  'stage.node.both': '{short}, {name}',
  'stage.node.name': '{label}: {change}',
  'stage.node.value': '{change} vs untreated',
  'stage.node.valueSame': 'same as untreated',
  'stage.entry.needles': '{mode}',
  'stage.entry.drug': '{drugs} at the synapse',
  'stage.list.and': '{first} and {last}',
  'stage.list.comma': '{first}, {next}',
  'stage.change.above': '{percent}% above',
  'stage.change.below': '{percent}% below',
  'stage.change.same': 'unchanged',
  'stage.change.times': '{value} times the untreated level',
  'stage.caption.time': '{time}.',
  'stage.caption.untreated': {
    plain:
      'No treatment: the pain signal climbs from the body to the brain at its untreated level, and the brake sends its usual calming signals down.',
    technical:
      'Untreated condition: ascending nociceptive transmission and descending modulation at their baseline levels.',
  },
  'stage.caption.brakeUp': {
    plain: 'The brake is working harder than untreated: PAG {pag}, OFF-cells {off}.',
    technical: 'Descending inhibition is increased: PAG {pag}, RVM OFF-cells {off}.',
  },
  'stage.caption.brakeDown': {
    plain: 'The brake is working less hard than untreated: PAG {pag}, OFF-cells {off}.',
    technical: 'Descending inhibition is reduced: PAG {pag}, RVM OFF-cells {off}.',
  },
  'stage.caption.brakeSame': {
    plain: 'The brake in the brainstem (PAG and OFF-cells) works at its untreated level.',
    technical: 'PAG and RVM OFF-cell output are at baseline.',
  },
  'stage.caption.spinal': {
    plain: 'The pain signal leaving the spinal cord is {change}.',
    technical: 'Dorsal-horn projection output (the spinothalamic signal) is {change}.',
  },
  'stage.caption.transmitters': {
    plain: 'At the spinal synapse, serotonin is {serotonin} and noradrenaline {noradrenaline}.',
    technical: 'Synaptic 5-HT in the dorsal horn is {serotonin}; NE is {noradrenaline}.',
  },
  'stage.caption.opioids': {
    plain:
      "The body's own opioids (its natural painkillers) are being released in the brainstem and spinal cord.",
    technical: 'Endogenous opioid release is above baseline: {which}.',
  },
  'stage.opioid.mu': 'mu/delta (RVM ON-cells, dorsal horn)',
  'stage.opioid.kappa': 'kappa, dynorphin (dorsal horn)',
  'stage.legend.title': 'Key to the diagram',
  'stage.legend.ascending': {
    plain: 'Pain signal travelling up to the brain',
    technical: 'Ascending nociceptive signal (glutamate)',
  },
  'stage.legend.command': {
    plain: "The brain's commands to the brake, and the OFF-cells' brake itself",
    technical:
      'Top-down drive to the PAG; PAG output to the RVM and LC; OFF-cell inhibition of the dorsal horn (GABA/glycine)',
  },
  'stage.legend.serotonin': {
    plain: 'Serotonin, sent down by the RVM’s serotonin cells',
    technical: 'Serotonin (5-HT) from the RVM’s serotonergic raphe cells (neither ON nor OFF)',
  },
  'stage.legend.noradrenaline': {
    plain: 'Noradrenaline, sent down from the LC',
    technical: 'Noradrenaline (NE) from LC/A5-A7',
  },
  'stage.legend.facilitation': {
    plain: 'ON-cell signal that turns pain up',
    technical: 'ON-cell descending facilitation',
  },
  'stage.legend.opioidMuDelta': {
    plain: "The body's own opioids (mu/delta)",
    technical: 'Enkephalins, beta-endorphin (mu/delta receptors)',
  },
  'stage.legend.opioidKappa': {
    plain: "The body's own opioids (kappa)",
    technical: 'Dynorphin (kappa receptors)',
  },
  'stage.legend.drug': 'Medicine acting at the synapse',
  'stage.legend.needles': 'Acupuncture needles',
  'stage.legend.excites': 'Arrowhead: makes the next cell more active',
  'stage.legend.inhibits': 'Flat bar: calms the next cell',
  'stage.legend.node': {
    plain: 'Dashed ring: the untreated level. Filled disc: now (bigger means more active).',
    technical:
      'Dashed ring: untreated activity. Disc area: current activity relative to untreated.',
  },
  'stage.legend.rate': {
    plain: 'More moving shapes and thicker lines mean a stronger signal.',
    technical: 'Particle rate and line width scale with the simulated signal (1 = untreated).',
  },
  'stage.legend.static': {
    plain:
      'Motion is switched off: the number of shapes on each line and its thickness show how strong the signal is.',
    technical:
      'Reduced motion: static markers per edge and line width scale with the simulated signal (1 = untreated).',
  },
} as const satisfies Messages;
