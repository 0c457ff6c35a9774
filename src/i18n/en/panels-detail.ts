// English messages: the networks, effects, evidence and about panels. Those panels load on
// demand and so do these messages (registered by ./detail.ts when a panel's chunk loads).
import type { Messages } from '../message.ts';

export default {
  // The networks panel.
  'networks.title': 'Brain networks',
  'networks.intro': {
    plain:
      "Brain regions that work together form networks. In long-lasting pain, the brain's resting network (the default mode network, DMN) is tied too closely to the insula and the salience network, which notice pain; relief loosens those ties. Here the model shows how strongly regions move together.",
    technical:
      'Simulated resting-state connectivity among the default mode network (mPFC, PCC, precuneus, angular gyrus), the salience network (insula, dACC, amygdala), the thalamus and the pain-modulation nodes (PAG, rACC, dlPFC, vmPFC), driven by pain load, PAG engagement and needling carry-over.',
  },
  'networks.matrix.title': 'How strongly regions move together ({time})',
  'networks.matrix.explain': {
    plain:
      'Each square pairs two regions. The bigger and darker the dot, the more their simulated fMRI signals rise and fall together (a correlation from 0 to 1).',
    technical:
      "Expected correlation of simulated BOLD for each pair, from the network model's covariance (I - W)^-2 at this moment's drivers. Circle area and shade both encode r.",
  },
  'networks.matrix.label': 'Connectivity between brain regions at {time}',
  'networks.group.dmn': 'DMN',
  'networks.group.salience': 'Salience',
  'networks.group.modulation': 'Modulation',
  'networks.measures.title': 'The named links now',
  'networks.measures.caption': 'Network measures at {time}, in this scenario and untreated',
  'networks.measures.link': 'Link',
  'networks.measures.now': 'This scenario',
  'networks.measure.dmnCoherence': 'DMN coherence',
  'networks.measure.dmnInsula': 'DMN-insula',
  'networks.measure.salience': 'Salience network',
  'networks.measure.pagPrefrontal': 'PAG-prefrontal (rACC, dlPFC)',
  'networks.coherence.title': 'DMN coherence over the 12 weeks',
  'networks.coherence.scenario': 'This scenario',
  'networks.coherence.axis': 'Correlation (0-1)',
  'networks.coherence.definition': {
    plain:
      "DMN coherence is the average correlation of the simulated fMRI (BOLD) signal among four hubs of the brain's resting network: the medial prefrontal cortex, posterior cingulate, precuneus and angular gyrus. It is a number this model computes to show a trend, not a medical test.",
    technical:
      'DMN coherence: the mean pairwise correlation of simulated BOLD among mPFC, PCC, precuneus and angular gyrus (6 pairs), from the expected covariance of the network model. A defined model quantity on a teaching scale, not a clinical measure.',
  },
  'networks.bold.title': 'Why fMRI lags behind the brain',
  'networks.bold.explain': {
    plain:
      "fMRI does not see nerve cells fire: it sees the blood that arrives after them. Below, each region's activity (dashed line) changes from its untreated level to its level now between second {on} and second {off}, and the model works out the blood-oxygen (BOLD) signal a scanner would record (solid line).",
    technical:
      'Balloon-Windkessel BOLD for a block from {on} s to {off} s in which activity steps from the untreated level to the current level. Inputs are scaled together into the near-linear range of the model; both regions are shown relative to the larger change.',
  },
  'networks.bold.regionTitle': '{region}: activity now {change} vs untreated',
  'networks.bold.neural': 'Nerve activity',
  'networks.bold.signal': 'BOLD signal (fMRI)',
  'networks.bold.axis': 'Size of change (largest = 1)',
  'networks.bold.window': 'Activity changed',
  'networks.bold.summary':
    '{region}, activity {change} vs untreated from second {on} to second {off}: the simulated BOLD signal reaches half its change {rise} seconds after the activity changes, falls halfway back {fall} seconds after it ends, then dips past its starting level before settling.',
  'networks.bold.summaryNoDip':
    '{region}, activity {change} vs untreated from second {on} to second {off}: the simulated BOLD signal reaches half its change {rise} seconds after the activity changes and falls halfway back {fall} seconds after it ends.',
  'networks.bold.timing': {
    plain:
      'The blood signal reaches half its change {rise} s after the activity changes, and falls halfway back {fall} s after it stops.',
    technical: 'BOLD half-rise {rise} s after onset; half-fall {fall} s after offset.',
  },
  'networks.bold.impulse': {
    plain:
      'After a brief burst of activity, the simulated BOLD signal peaks about {peak} seconds later. That is why fMRI always lags behind the brain.',
    technical: 'Impulse response of the balloon model: BOLD peaks {peak} s after a brief burst.',
  },
  'networks.bold.flat':
    'The PAG and the insula are at their untreated levels at this time, so there is no change for fMRI to show. Switch a treatment on, or move the clock, to see one.',
  'networks.fmri.title': 'What fMRI can and cannot show',
  'networks.fmri': {
    plain:
      'fMRI measures changes in blood oxygen that follow nerve activity by several seconds; it does not see nerve cells firing. Small brainstem centres such as the PAG and RVM are close to the smallest things it can make out, so their positions are approximate. Imaging studies report averages over groups of people: a scan cannot diagnose pain or tell how one person will respond to a treatment.',
    technical:
      'BOLD is a haemodynamic proxy that lags neural activity by seconds, not a measure of spiking. Brainstem nuclei (PAG, RVM, LC) are near the spatial resolution of standard fMRI and their coordinates are approximate. Connectivity findings are group-level, mostly from small samples, and neither diagnostic nor predictive for an individual.',
  },

  // The effects and side effects panel.
  'effects.title': 'Effects and side effects',
  'effects.noDrugs': {
    plain:
      'No medicine is switched on in this scenario. Choose one in the treatment controls to see what it blocks in the body and what that means.',
    technical:
      'No drug in this scenario, so there is no receptor or transporter occupancy to show.',
  },
  'effects.occupancy.title': 'What the medicines block ({time})',
  'effects.occupancy.explain': {
    plain:
      'Each bar shows how much of a target in the body the medicine is sitting in (its occupancy) at this moment of the simulation. Under it: what blocking that target does.',
    technical:
      'Simulated occupancy at the current time (competitive binding; transporters from PET plasma EC50, receptors and channels from Ki), with the clinical meaning of each target.',
  },
  'effects.blocked': '{percent}% blocked',
  'effects.boundBy': 'Bound by: {drugs}',
  'effects.byDrug': '{drug}: {text}',
  'effects.combination': {
    plain:
      'More than one medicine is on. The model only lets them share their targets; it leaves out how they affect each other in the body (for example, duloxetine can raise amitriptyline levels, and combining medicines that raise serotonin risks serotonin syndrome). Talk to your prescriber about any combination.',
    technical:
      'Combination: only competition at shared targets is modelled. Pharmacokinetic interactions (duloxetine inhibits CYP2D6, raising tricyclic levels) and the risk of serotonin syndrome are not; talk to your prescriber.',
  },
  'effects.target.SERT': 'Serotonin transporter (SERT)',
  'effects.target.NET': 'Noradrenaline transporter (NET)',
  'effects.target.H1': 'Histamine H1 receptor',
  'effects.target.M1': 'Muscarinic (acetylcholine) receptors',
  'effects.target.alpha1': 'Alpha-1 adrenoceptor',
  'effects.target.Nav': 'Sodium (Na+) channels',
  'effects.target.NMDA': 'NMDA receptor',
  'effects.target.hERG': 'hERG potassium channel (heart)',
  'effects.duloxetine.title': 'Duloxetine: nausea at the start, and stopping',
  'effects.duloxetine.explain': {
    plain:
      'These lines are simulated signals on a teaching scale, not your chance of getting them. They show the timing: nausea comes in the first days and fades as the body gets used to the medicine; withdrawal (discontinuation) symptoms appear if it is stopped suddenly, and less after a gradual taper.',
    technical:
      "Simulated signals (0-1 teaching scale, not probabilities): nausea follows the rise of duloxetine's SERT occupancy ahead of adaptation; the discontinuation signal follows the mismatch between desensitised autoreceptors and falling transmitter levels.",
  },
  'effects.series.nausea': 'Nausea (simulated signal)',
  'effects.series.discontinuation': 'Discontinuation (simulated signal)',
  'effects.signalAxis': 'Simulated signal (0-1, teaching scale)',
  'effects.reported': 'Reported in trials',
  'effects.amitriptyline.title': 'Amitriptyline: what people may notice',
  'effects.amitriptyline.sedation': {
    plain:
      'Sleepiness: histamine H1 receptors {percent}% blocked. One reason it is taken at night.',
    technical: 'Sedation: H1 antagonism, {percent}% occupancy.',
  },
  'effects.amitriptyline.anticholinergic': {
    plain:
      'Dry mouth, constipation, trouble passing urine, blurred vision: acetylcholine (muscarinic) receptors {percent}% blocked.',
    technical: 'Anticholinergic effects: muscarinic antagonism, {percent}% occupancy.',
  },
  'effects.amitriptyline.orthostatic': {
    plain:
      'Dizziness when standing up quickly: alpha-1 receptors {percent}% blocked. Getting up slowly helps, for example after an acupuncture session.',
    technical: 'Orthostatic hypotension: alpha-1 antagonism, {percent}% occupancy.',
  },
  'effects.acupuncture.title': 'Acupuncture: safety',
  'effects.cautions.title': 'Cautions to raise with your prescriber',
  'effects.cautions.intro': {
    plain: 'Some health conditions change which medicine suits a person. These notes explain why.',
    technical: 'Patient-profile cautions and the mechanism behind each.',
  },
  'effects.caution.concerns': 'Concerns: {drugs}',
  'effects.caution.onNow': 'On in this scenario: {drugs}',
  'effects.caution.olderAge.title': 'Older age',
  'effects.caution.olderAge': {
    plain:
      'Amitriptyline blocks acetylcholine receptors, which can bring confusion, constipation and trouble passing urine, and alpha-1 receptors, which can make blood pressure drop on standing up and lead to falls.',
    technical:
      'Amitriptyline: anticholinergic burden (confusion, constipation, urinary retention) and alpha-1-mediated orthostatic hypotension raise the risk of falls in older adults.',
  },
  'effects.caution.glaucoma.title': 'Glaucoma',
  'effects.caution.glaucoma': {
    plain:
      'Amitriptyline blocks acetylcholine (muscarinic) receptors, which widens the pupil and can raise the pressure in the eye in some kinds of glaucoma. Duloxetine does not block these receptors.',
    technical:
      'Muscarinic antagonism (amitriptyline) can precipitate angle-closure glaucoma; duloxetine has no meaningful muscarinic block.',
  },
  'effects.caution.heart.title': 'Heart disease',
  'effects.caution.heart': {
    plain:
      "Amitriptyline blocks sodium channels and, at higher levels, a potassium channel (hERG) in the heart: it can slow the heart's electrical signal and lengthen its recovery time (the QT interval). The risk of sudden death rises at 100 mg a day or more.",
    technical:
      'Amitriptyline: Na+ channel block slows cardiac conduction; hERG (IKr) block prolongs QT and is partly reached at therapeutic levels; sudden-death risk rises at 100 mg/day or more (Ray 2004, M).',
  },
  'effects.caution.weight.title': 'Weight',
  'effects.caution.weight': {
    plain: 'Amitriptyline blocks histamine H1 receptors, which can increase appetite and weight.',
    technical: 'H1 antagonism (amitriptyline) is associated with weight gain.',
  },
  'effects.caution.insomnia.title': 'Sleep problems (insomnia)',
  'effects.caution.insomnia': {
    plain:
      'Duloxetine can disturb sleep, and poor sleep is one of the symptoms if it is stopped suddenly. Amitriptyline makes people sleepy (it blocks H1 receptors), which is why it is taken at night.',
    technical:
      'Duloxetine: insomnia is a reported adverse effect and a discontinuation symptom. Amitriptyline is sedating (H1 antagonism) and dosed at night.',
  },
  'effects.cautions.prescriber': {
    plain:
      'This is general information, not advice for you. If any of these apply to you, talk to your prescriber.',
    technical: 'General mechanisms, not individual advice: if any apply, talk to your prescriber.',
  },

  // The evidence panel (grades and marks are shared with the inspector).
  'evidence.title': 'Evidence',
  'evidence.intro': {
    plain:
      'How sure are we? Each finding has a grade (how certain the evidence is) and its source. These numbers come from published studies, not from the simulation.',
    technical:
      'The graded evidence records behind the model and the copy, with sources, confidence marks (V checked, M approximate, C contested or derived) and caveats.',
  },
  'evidence.grade.high': 'High certainty',
  'evidence.grade.moderate': 'Moderate certainty',
  'evidence.grade.low': 'Low certainty',
  'evidence.grade.very-low': 'Very low certainty',
  'evidence.grade.unsupported': 'Not supported',
  'evidence.mark.V': 'Checked against the source',
  'evidence.mark.M': 'Widely quoted; approximate',
  'evidence.mark.C': 'Contested or derived',
  'evidence.source': 'Source: {source}',
  'evidence.caveat': 'Caveat: {caveat}',
  'evidence.nnt.title': 'How many people must take a medicine for one to benefit (NNT)',
  'evidence.nnt.explain': {
    plain:
      'The number needed to treat (NNT): how many people must take the medicine for one more of them to get at least half their nerve pain relieved than with a dummy pill. Lower is better. The square is the best estimate; the line shows the range the true value probably lies in (95% confidence interval).',
    technical:
      'NNT for at least 50% pain relief in neuropathic pain versus placebo; lower is better. Squares: point estimates; lines: 95% confidence intervals. A clipped interval runs off the axis.',
  },
  'evidence.nnt.axis': 'NNT (lower is better)',
  'evidence.interval': '{estimate}{unit} ({low} to {high})',
  'evidence.pointOnly': '{estimate}{unit}',
  'evidence.inconclusive': 'Inconclusive',
  'evidence.inconclusiveDetail':
    'Pooled estimate {estimate}, but the interval runs from {low} to {high}: from a useful effect to almost none.',
  'evidence.noInterval': 'No interval reported here.',
  'evidence.row.tricyclics': 'Tricyclics (class)',
  'evidence.row.snris': 'SNRIs (class)',
  'evidence.row.duloxetineDpn': 'Duloxetine 60 mg, diabetic neuropathy',
  'evidence.row.pregabalin': 'Pregabalin (for comparison)',
  'evidence.row.ssris': 'SSRIs',
  'evidence.row.vsNone': 'Acupuncture vs no acupuncture',
  'evidence.row.vsSham': 'Acupuncture vs sham needling',
  'evidence.nnh.title': 'How many must take it for one to be harmed (NNH)',
  'evidence.nnh.explain': 'The number needed to harm: higher is better.',
  'evidence.effect.title': "How big is acupuncture's effect?",
  'evidence.effect.explain': {
    plain:
      'Effect sizes in standard deviations (SD) of pain scores: bigger is better. Against no acupuncture, the effect includes expectation and attention; against sham needling, only what is specific to real needling is left.',
    technical:
      'Standardised effect sizes (SD units) from the Vickers individual-patient-data meta-analyses; higher is better. No intervals are recorded here.',
  },
  'evidence.effect.axis': 'Effect size, SD (higher is better)',
  'evidence.claims.title': 'Claims we checked',
  'evidence.claims.intro': {
    plain:
      'The articles that inspired this app make some claims we could not confirm. The app does not use them as facts; here is what we found, and what to go by instead.',
    technical:
      'Claims in the source articles with our verdicts. Unsupported figures are not used in the model or anywhere else in the app.',
  },
  'evidence.claims.claim': 'Claim',
  'evidence.claims.verdict': 'Verdict',
  'evidence.claims.instead': 'Go by instead',
  'evidence.all.title': 'All evidence, by topic',
  'evidence.topic.circuit': 'The pain pathway',
  'evidence.topic.drug': 'Medicines',
  'evidence.topic.acupuncture': 'Acupuncture',
  'evidence.topic.network': 'Brain networks and imaging',
  'evidence.topic.efficacy': 'How well treatments work',
  'evidence.topic.safety': 'Safety',

  // The about panel (a short form of docs/model.md).
  'about.title': 'About this simulation',
  'about.education': {
    plain:
      'PainBrake is for learning, not medical advice. It shows how the body\'s pain brake works and how treatments act on it, in one made-up "reference adult". It cannot say what will happen to you. Never start, change or stop a medicine without your prescriber.',
    technical:
      'An educational simulation of mechanisms in a single reference adult: not a prediction for any individual, not a dosing tool and not medical advice. Decisions to start, change or stop a medicine belong with the prescriber.',
  },
  'about.includes.title': 'What the simulation includes',
  'about.includes.pk': {
    plain:
      'Medicines moving from the gut into the blood and out again (amitriptyline partly turns into nortriptyline), and reaching the brain a little later.',
    technical:
      'One-compartment pharmacokinetics with first-order absorption and elimination (solved exactly), amitriptyline to nortriptyline, and a brain effect site that lags plasma.',
  },
  'about.includes.occupancy': {
    plain:
      'How much of each target each medicine blocks: the serotonin and noradrenaline pumps, and the receptors behind side effects. Medicines compete for the same target.',
    technical:
      'Competitive occupancy of SERT, NET, H1, muscarinic, alpha-1, Na+ channels, NMDA and hERG; transporter EC50s from PET where measured, otherwise from Ki.',
  },
  'about.includes.synapse': {
    plain:
      'Why it takes weeks: at first, the extra serotonin and noradrenaline turn down their own release; this wears off over a few weeks and the full effect comes through.',
    technical:
      'Synaptic 5-HT and NE as release over clearance, with autoreceptor feedback that desensitises over weeks (the delayed onset).',
  },
  'about.includes.circuit': {
    plain:
      "The pain pathway: the thinking and feeling parts of the brain, the PAG, the brainstem's brake and accelerator cells, the noradrenaline centres, and the spinal cord where the signals meet, then the way up to the brain.",
    technical:
      'A rate model of PFC/rACC to PAG to RVM ON/OFF and LC/A5-A7 to the dorsal horn: mixed 5-HT effects, alpha-2 inhibition, opioids, interneurons, sensitisation, and the ascending relay to the thalamus, insula and ACC.',
  },
  'about.includes.acupuncture': {
    plain:
      "Acupuncture sessions: the effect builds for about half an hour, fades after the needles come out, and builds up across sessions. Real needles release the body's own opioids (different ones at 2 Hz and 100 Hz); sham needles work through expectation only.",
    technical:
      'Session response with CCK-8 tolerance, decay after needle removal, accumulation and persistence across sessions; frequency-specific mu/delta and kappa release; expectation (PFC to PAG) in every mode including sham.',
  },
  'about.includes.networks': {
    plain:
      'Twelve brain regions in networks (the resting "default mode" network, the salience network and the pain-control links) and the delayed blood signal that fMRI measures.',
    technical:
      'Twelve coupled regions as an Ornstein-Uhlenbeck process; expected BOLD correlations; balloon-Windkessel haemodynamics; DMN coherence as the mean correlation among four DMN hubs.',
  },
  'about.includes.outcomes': {
    plain:
      'Pain relief, a pain score from 0 to 10, and two warning signals for duloxetine: nausea at the start, and symptoms after stopping suddenly.',
    technical:
      'Analgesia relative to untreated, NRS 0-10, and teaching-scale nausea and discontinuation signals for duloxetine.',
  },
  'about.leavesOut.title': 'What it leaves out',
  'about.leavesOut.people': {
    plain:
      'Differences between people: age, body size, genes, kidney or liver health, smoking, food and missed doses.',
    technical:
      'Inter-individual variation: CYP2D6/CYP2C19 genotype, age, sex, body size, renal and hepatic function, smoking, food effects, adherence.',
  },
  'about.leavesOut.interactions': {
    plain:
      'Most drug interactions, such as duloxetine raising amitriptyline levels, or serotonin syndrome when medicines are combined.',
    technical:
      'Interactions beyond competition at a target: CYP2D6 inhibition by duloxetine, serotonin syndrome.',
  },
  'about.leavesOut.placebo': {
    plain:
      "The placebo effect of taking a pill, and the natural ups and downs of pain. (Sham acupuncture's expectation effect is included.)",
    technical:
      "Placebo response to pills, natural course and regression to the mean; sham acupuncture's expectation is modelled.",
  },
  'about.leavesOut.brainstem': {
    plain:
      'Second-by-second changes in the brainstem, and other systems such as sleep, mood, stress, inflammation and the immune system.',
    technical:
      'Second-scale ON/OFF alternation and neutral cells; C- versus A-fibre input; DNIC as a node; glial, immune and inflammatory contributions; sleep, mood and stress.',
  },
  'about.leavesOut.sideEffects': {
    plain:
      'Side effects as outcomes: the app shows how much of each receptor is blocked, but does not simulate sleepiness, dry mouth, dizziness or heart rhythm. Nausea is modelled for duloxetine only.',
    technical:
      "Adverse effects are not simulated as outcomes (occupancy only) except duloxetine nausea; nortriptyline's off-target binding and sertraline's metabolite are left out.",
  },
  'about.leavesOut.imaging': {
    plain:
      'Most brain detail: only twelve regions, no scanner noise, approximate brainstem positions.',
    technical:
      'Imaging detail: twelve regions, classic balloon coefficients, no head motion or scanner noise; brainstem coordinates approximate.',
  },
  'about.leavesOut.acupuncture': {
    plain:
      "The details of acupuncture: which points, how deep, the needling sensation (deqi) and the practitioner's skill.",
    technical: 'Point selection, needle depth, deqi and practitioner effects.',
  },
  'about.checked.title': 'How it was checked',
  'about.checked': {
    plain:
      "The model was tuned to thirteen checks from published studies, for example how much of the serotonin pump duloxetine blocks in the hours after a dose, and how fast the effect of an acupuncture session fades. Automatic tests check every one. The numbers that are the model's own teaching choices are marked as such in its documentation.",
    technical:
      'Thirteen calibration targets from the literature (PK, PET occupancy, dose-response, ordering of analgesia, session time course, EA frequency, BOLD impulse response, washout) are each asserted by a test. Fitted or assumed parameters carry a C mark with their rationale.',
  },
  'about.sources.title': 'Sources',
  'about.sources.intro':
    'The studies and references behind the numbers (each evidence record names its own):',
  'about.credits.title': 'Credits and licences',
  'about.credits.data':
    'Figures from the published studies under Sources are quoted with their citations; the app does not reproduce the papers.',
  'about.credits.code': 'PainBrake’s own code is released under the MIT licence.',
  'about.credits.meshes':
    '3D brain: surfaces derived from the Allen Human Reference Atlas – 3D, 2020 (RRID:SCR_017764), © 2019 Allen Institute for Brain Science, licensed CC BY 4.0 (creativecommons.org/licenses/by/4.0). Reference: Ding SL, Royall JJ, Sunkin SM, et al. (2020). Changes made: label groups extracted, marching cubes, smoothing, decimation (meshoptimizer), hemispheres split at x = 0, compressed.',
  'about.credits.spinalCord':
    'The atlas has no spinal cord: the cord in the 3D view is a schematic tube, not atlas data. Brainstem nuclei (PAG, RVM) are placed approximately: they are close to the limit of what brain scans can resolve.',
  'about.credits.libraries':
    'Built with Svelte (MIT licence), d3 modules (ISC licence), three.js (MIT licence), Vite (MIT licence) and Valibot (MIT licence).',
  'about.credits.palette':
    'Colours: the Okabe-Ito palette, readable with common colour-vision differences; meaning is never carried by colour alone.',
} as const satisfies Messages;
