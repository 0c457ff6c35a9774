// English messages: the synapse close-up. It loads on demand, and so do these messages
// (registered by ./synapse-register.ts when its chunk loads). Keys are typed from this file.
import type { Messages } from '../message.ts';

export default {
  'synapse.title': 'One synapse in the dorsal horn of the spinal cord',
  'synapse.ending.serotonin': 'Serotonin ending',
  'synapse.ending.serotoninFrom': 'from the RVM serotonin (raphe) cells',
  'synapse.ending.noradrenaline': 'Noradrenaline ending',
  'synapse.ending.noradrenalineFrom': 'from LC/A5-A7',
  'synapse.blocked.serotonin': '{count} of {total} serotonin transporters blocked',
  'synapse.blocked.noradrenaline': '{count} of {total} noradrenaline transporters blocked',
  'synapse.gap': 'gap',
  'synapse.neuron': 'Pain neuron',
  'synapse.firing': 'Firing {change}',
  'synapse.toBrain': 'to the brain',
  'synapse.receptor.ht-inhibitory': '5-HT1B/1D/7',
  'synapse.receptor.ht3': '5-HT3',
  'synapse.receptor.mu-delta': 'mu/delta',
  'synapse.receptor.kappa': 'kappa',
  'synapse.receptor.alpha2': 'alpha-2A',
  'synapse.caption.subjectOne': '{drugs} is',
  'synapse.caption.subjectMany': '{drugs} are',
  'synapse.caption.blocking': {
    plain:
      '{subject} blocking {sert} of {total} serotonin and {net} of {total} noradrenaline transporters.',
    technical:
      '{subject} occupying {sert} of {total} SERT and {net} of {total} NET (simulated occupancy, rounded to tenths).',
  },
  'synapse.caption.moreBoth': {
    plain: 'More of both stays in the gap to quieten the pain neuron.',
    technical:
      'Reuptake block raises synaptic 5-HT and NE; NE inhibits via alpha-2A, 5-HT via 5-HT1B/1D/7 (partly offset by 5-HT3).',
  },
  'synapse.caption.moreSerotonin': {
    plain:
      'More serotonin stays in the gap, but serotonin both calms the pain neuron and excites it (through 5-HT3 receptors), so on its own it changes little.',
    technical:
      'Synaptic 5-HT rises, but its spinal effect is mixed: 5-HT1B/1D/7 inhibit while 5-HT3 facilitates, so the net inhibition is small without NE.',
  },
  'synapse.caption.moreNoradrenaline': {
    plain: 'More noradrenaline stays in the gap to quieten the pain neuron.',
    technical: 'Synaptic NE rises and inhibits the projection neuron via alpha-2A adrenoceptors.',
  },
  'synapse.caption.notBlocking': {
    plain: 'At this moment the medicine is blocking almost no transporters.',
    technical: 'Transporter occupancy is below 5% at this time.',
  },
  'synapse.caption.noDrug': {
    plain:
      'No medicine is blocking the transporters: serotonin and noradrenaline are carried back into their endings at the usual rate.',
    technical: 'No reuptake inhibitor: SERT and NET clear 5-HT and NE at the untreated rate.',
  },
  'synapse.caption.levels': {
    plain: 'In the gap, serotonin is {serotonin} and noradrenaline {noradrenaline}.',
    technical: 'Synaptic 5-HT: {serotonin}; NE: {noradrenaline}.',
  },
  'synapse.caption.opioids': {
    plain:
      "The body's own opioids are binding to opioid receptors on the pain neuron, which calms it too.",
    technical: 'Endogenous opioids bind mu/delta and kappa receptors, adding spinal inhibition.',
  },
  'synapse.caption.neuron': {
    plain: 'The pain neuron fires {change}.',
    technical: 'Projection-neuron firing: {change}.',
  },
  'synapse.legend.title': 'Key to the close-up',
  'synapse.legend.serotonin': 'Serotonin (5-HT)',
  'synapse.legend.noradrenaline': 'Noradrenaline (NE)',
  'synapse.legend.opioid': "The body's own opioids (up: mu/delta, down: kappa)",
  'synapse.legend.drug': 'Medicine molecule sitting in a transporter (blocks it)',
  'synapse.legend.transporter': {
    plain: 'Transporter: carries serotonin or noradrenaline back into its ending',
    technical: 'Reuptake transporter (SERT on serotonin endings, NET on noradrenaline endings)',
  },
  'synapse.legend.calms': 'Receptor marked minus: calms the pain neuron when something binds',
  'synapse.legend.excites': 'Receptor marked plus: excites the pain neuron (5-HT3)',
  'synapse.legend.spike': 'Spike: one pain signal sent up towards the brain',
  'synapse.legend.motion': {
    plain: 'The number of shapes in the gap follows how much is there.',
    technical: 'Particles in the cleft scale with the simulated synaptic level (1 = untreated).',
  },
} as const satisfies Messages;
