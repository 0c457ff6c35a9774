// English messages: the networks, effects, evidence and about panels. Those panels load on
// demand and so do these messages (registered by ./detail.ts when a panel's chunk loads).
import type { Messages } from '../message.ts';

export default {
  // The networks panel.
  'networks.title': 'Brain networks',
  'networks.intro': {
    plain:
      "Brain regions that work together form networks. In long-lasting pain, the brain's resting network (the default mode network, DMN) is tied more closely to the insula, which notices pain; relief loosens that tie, whatever brings the relief. Here the model shows how strongly regions move together. These are findings from small groups of people, not tests for one person.",
    technical:
      'Simulated resting-state connectivity among the default mode network (mPFC, PCC, precuneus, angular gyrus), the salience network (insula, dACC, amygdala), the thalamus and the pain-modulation nodes (PAG, rACC, dlPFC, vmPFC), driven by pain load, PAG engagement and the needling course (PAG-PCC only). Small-sample associations (Baliki 2008/2014; Napadow 2010/2012), not causes.',
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
  'networks.measures.painFree': 'Without pain',
  'networks.insula.title': 'DMN-insula coupling over the 12 weeks',
  'networks.insula.definition': {
    plain:
      'In long-lasting pain the brain’s resting network is tied to the insula, which notices pain, more strongly the worse the pain (studies of fibromyalgia and back pain). When pain eased after treatment, the tie loosened, whatever brought the relief. The model shows the same: the dashed line is untreated; without pain it would be about {reference}.',
    technical:
      'Mean simulated BOLD correlation of PCC and mPFC with the insula. Higher with pain (Napadow 2010; Baliki 2014), lower with relief by the same amount per unit relief whatever brings it (Napadow 2012, true and sham pooled). Pain-free reference {reference}.',
  },
  'networks.coherence.title': 'DMN coherence over the 12 weeks',
  'networks.coherence.scenario': 'This scenario',
  'networks.coherence.axis': 'Correlation (0-1)',
  'networks.coherence.definition': {
    plain:
      "DMN coherence is the average correlation of the simulated fMRI (BOLD) signal among four hubs of the brain's resting network. In chronic pain the front of this network is less tied to its back (a back-pain study). Whether treatment restores it has not been shown, so the model changes it only a little, as a hypothesis. Without pain it would be about {reference}. A number this model computes, not a medical test.",
    technical:
      'Mean pairwise correlation of simulated BOLD among mPFC, PCC, precuneus and angular gyrus (6 pairs). Chronic pain weakens the mPFC-posterior DMN link (Baliki 2014); recovery with treatment is a hypothesis (C), modelled only through the pain load (under half the deficit). Pain-free reference {reference}. A teaching-scale model quantity, not a clinical measure.',
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
      'Each bar shows how much of a target in the body the medicine is sitting in (its occupancy) at this moment of the simulation. Under it: what blocking that much of it does.',
    technical:
      'Simulated occupancy at the current time: competitive binding of the free drug, transporters from PET plasma EC50s, receptors and channels from Ki with the same in-vivo scaling; with the clinical meaning of each target.',
  },
  'effects.blocked': '{percent}% blocked',
  'effects.blockedWords': '{share} blocked',
  'share.almostNone': 'almost none',
  'share.oneInTen': 'about one in ten',
  'share.fifth': 'about a fifth',
  'share.quarter': 'about a quarter',
  'share.third': 'about a third',
  'share.half': 'about half',
  'share.twoThirds': 'about two thirds',
  'share.threeQuarters': 'about three quarters',
  'share.most': 'most',
  'share.almostAll': 'almost all',
  'effects.block.M1.low':
    'At this level a dry mouth is common; more serious effects are not expected.',
  'effects.block.M1.high':
    'At this level constipation, trouble passing urine and blurred vision become likely, and in older people confusion.',
  'effects.block.H1.low': 'At this level some sleepiness is likely.',
  'effects.block.H1.high': 'At this level sleepiness is common.',
  'effects.block.alpha1': 'At this level dizziness on standing up quickly is likely.',
  'effects.boundBy': 'Bound by: {drugs}',
  'effects.byDrug': '{drug}: {text}',
  'effects.target.SERT': 'Serotonin transporter (SERT)',
  'effects.target.NET': 'Noradrenaline transporter (NET)',
  'effects.target.H1': 'Histamine H1 receptor',
  'effects.target.M1': 'Muscarinic (acetylcholine) receptors',
  'effects.target.alpha1': 'Alpha-1 adrenoceptor',
  'effects.target.Nav': 'Sodium (Na+) channels',
  'effects.target.NMDA': 'NMDA receptor',
  'effects.target.hERG': 'hERG potassium channel (heart)',
  'effects.risks.explain': {
    plain:
      'These lines are simulated signals on a teaching scale, not your chance of getting them. They show the timing and where a risk comes from: duloxetine’s nausea comes in the first days and fades; withdrawal (discontinuation) symptoms appear if it is stopped suddenly, less after a gradual taper; serotonin toxicity appears only when two medicines that raise serotonin are taken together; the anticholinergic load follows amitriptyline’s block of acetylcholine receptors.',
    technical:
      "Simulated signals (0-1 teaching scale, not probabilities): nausea follows the rise of duloxetine's SERT occupancy ahead of adaptation; discontinuation follows the mismatch between desensitised autoreceptors and falling transmitter levels; serotonin toxicity is the product of each serotonergic drug's own SERT block (0 for one drug); the anticholinergic load is the muscarinic occupancy.",
  },
  'effects.levels.title': 'Levels in the blood now (simulated)',
  'effects.levels.explain': {
    plain:
      'How much of each medicine is in the blood at this moment of the simulation, in billionths of a gram per millilitre (ng/mL). Nortriptyline is what the body makes from amitriptyline.',
    technical:
      'Simulated total plasma concentrations at the current time (ng/mL), including the person’s factors and CYP2D6 inhibition.',
  },
  'effects.levels.item': '{drug}: {level} ng/mL',
  'effects.levels.person': '{times} times the level in an adult without the chosen traits',
  'effects.cyp2d6.slower': {
    plain:
      'The liver enzyme CYP2D6 is working at {percent}% of its usual speed here, so nortriptyline (and a little amitriptyline) builds up higher than usual.',
    technical:
      'CYP2D6 activity {percent}% of a normal metaboliser’s (genotype and inhibition by duloxetine or sertraline): nortriptyline clearance falls most.',
  },
  'effects.cyp2d6.faster': {
    plain:
      'The liver enzyme CYP2D6 is working at {percent}% of its usual speed here, so nortriptyline is cleared faster and runs lower than usual.',
    technical:
      'CYP2D6 activity {percent}% of a normal metaboliser’s (ultrarapid genotype): nortriptyline clearance rises most.',
  },
  'effects.risks.title': 'Risk signals over the course (simulated)',
  'effects.series.serotoninToxicity': 'Serotonin toxicity (simulated signal)',
  'effects.series.anticholinergic': 'Anticholinergic load (simulated signal)',
  'effects.series.nausea': 'Nausea (simulated signal)',
  'effects.series.discontinuation': 'Discontinuation (simulated signal)',
  'effects.signalAxis': 'Simulated signal (0-1, teaching scale)',
  'effects.reported': 'Reported in trials',
  'effects.amitriptyline.title': 'Amitriptyline: what people may notice',
  'effects.amitriptyline.sedation': {
    plain:
      'Sleepiness: {share} of the histamine H1 receptors are blocked. One reason it is taken at night.',
    technical: 'Sedation: H1 antagonism, {percent}% occupancy.',
  },
  'effects.amitriptyline.anticholinergic': {
    plain:
      'Dry mouth, and at higher levels constipation, trouble passing urine and blurred vision: {share} of the acetylcholine (muscarinic) receptors are blocked.',
    technical: 'Anticholinergic effects: muscarinic antagonism, {percent}% occupancy.',
  },
  'effects.amitriptyline.orthostatic': {
    plain:
      'Dizziness when standing up quickly: {share} of the alpha-1 receptors are blocked. Getting up slowly helps, for example after an acupuncture session.',
    technical: 'Orthostatic hypotension: alpha-1 antagonism, {percent}% occupancy.',
  },
  'effects.acupuncture.title': 'Acupuncture: safety',
  'effects.cautions.title': 'Cautions to raise with your prescriber',
  'effects.cautions.intro': {
    plain:
      'What the labels and guidelines warn about, and why. Those that apply to the treatments and the person chosen are marked and come first.',
    technical:
      'Label and guideline cautions with the mechanism behind each; those applying to the chosen treatment and patient factors come first.',
  },
  'effects.caution.concerns': 'Concerns: {drugs}',
  'effects.caution.appliesDrugs': 'Applies now: {drugs} is on.',
  'effects.caution.appliesPerson': 'Applies now: {drugs}, for {traits}.',
  'caution.serotonin-syndrome.title': 'Serotonin syndrome (medicines taken together)',
  'caution.serotonin-syndrome': {
    plain:
      'Duloxetine, sertraline and amitriptyline all raise serotonin. Two of them together, or one with tramadol, triptans (migraine medicines), St John’s wort or an MAOI, can cause serotonin syndrome: agitation, shaking, fast heartbeat, fever. It can be dangerous. Only a prescriber can decide on any combination.',
    technical:
      'Combining serotonergic drugs (SNRI + SSRI, SNRI or SSRI + tricyclic, any with tramadol, triptans, St John’s wort or MAOIs) risks serotonin toxicity; the labels warn against it. The simulation’s signal is the product of each drug’s own SERT block: 0 for one drug, higher at higher doses.',
  },
  'caution.duloxetine-liver.title': 'Liver disease and duloxetine',
  'caution.duloxetine-liver': {
    plain:
      'The liver clears duloxetine. With liver disease its level rises about five times, and its label says not to use it. The simulation shows the higher level when “Liver disease” is chosen.',
    technical:
      'Hepatic impairment: duloxetine clearance ~15% of normal, AUC ~5-fold, half-life ~3-fold (label: avoid). Simulated as clearance x 1/3 and bioavailability x 5/3.',
  },
  'caution.duloxetine-kidney.title': 'Severe kidney disease and duloxetine',
  'caution.duloxetine-kidney': {
    plain:
      'In severe kidney disease duloxetine’s level about doubles, and its label says not to use it. The simulation shows the higher level when “Severe kidney disease” is chosen.',
    technical:
      'CrCl < 30 mL/min or end-stage renal disease: Cmax and AUC roughly doubled (label: avoid). Simulated as bioavailability x 2.',
  },
  'caution.amitriptyline-older-adults.title': 'Older adults and amitriptyline',
  'caution.amitriptyline-older-adults': {
    plain:
      'Amitriptyline blocks acetylcholine and alpha-1 receptors: in older people this can bring confusion, constipation, trouble passing urine and dizziness on standing, and falls. Guidelines for older adults (the Beers list) advise avoiding it. Older adults also clear it more slowly, so its level runs higher.',
    technical:
      'AGS Beers Criteria: avoid in older adults (strongly anticholinergic, sedating, orthostatic hypotension, falls). Tricyclic clearance is lower (~30-50% higher levels; simulated as clearance x 0.71).',
  },
  'caution.cyp2d6-interaction.title': 'Duloxetine or sertraline with amitriptyline',
  'caution.cyp2d6-interaction': {
    plain:
      'Duloxetine slows the liver enzyme (CYP2D6) that clears nortriptyline, the active form amitriptyline turns into, so nortriptyline builds up; sertraline does this a little. The simulation shows the rise.',
    technical:
      'Duloxetine inhibits CYP2D6 (desipramine AUC 2.2-2.9-fold); nortriptyline, mostly CYP2D6-cleared, rises most, amitriptyline less. Sertraline 50 mg ~1.2-1.4-fold. Simulated by reversible inhibition from the inhibitor’s plasma level.',
  },
  'caution.amitriptyline-liver.title': 'Liver disease and amitriptyline',
  'caution.amitriptyline-liver': {
    plain:
      'The liver clears amitriptyline too, so liver disease calls for care. The simulation does not change amitriptyline’s level for liver disease, because no reliable figure exists.',
    technical:
      'Amitriptyline label: use with caution in hepatic impairment. Not simulated (no quantitative figure in the sources used).',
  },
  'caution.hyponatraemia.title': 'Low sodium in the blood',
  'caution.hyponatraemia': {
    plain:
      'Duloxetine and sertraline can lower the salt (sodium) in the blood, mostly in older people. Signs include headache, confusion and weakness.',
    technical:
      'SNRIs and SSRIs can cause hyponatraemia (SIADH), mostly in older adults. Not simulated.',
  },
  'caution.bleeding.title': 'Bleeding with painkillers or blood thinners',
  'caution.bleeding': {
    plain:
      'Duloxetine and sertraline make bleeding a little more likely, more so when taken with anti-inflammatory painkillers (such as ibuprofen), aspirin or blood thinners.',
    technical:
      'Serotonin reuptake inhibition lowers platelet serotonin: bleeding risk rises with NSAIDs, aspirin and anticoagulants. Not simulated.',
  },
  'caution.suicidality.title': 'Mood in children and young adults',
  'caution.suicidality': {
    plain:
      'All three are antidepressants. Their labels carry a boxed warning: in children, teenagers and young adults they can bring on suicidal thoughts, so any change in mood needs a prompt talk with the prescriber.',
    technical:
      'Antidepressant boxed warning: increased suicidal thoughts and behaviour in children, adolescents and young adults. Not simulated.',
  },
  'caution.amitriptyline-overdose.title': 'Overdose',
  'caution.amitriptyline-overdose': {
    plain:
      'Amitriptyline is dangerous in overdose, even a few days’ supply, because it affects the heart’s electrical signal. It needs to be kept safely.',
    technical:
      'Narrow therapeutic index: overdose causes cardiac conduction block and arrhythmia. Not simulated.',
  },
  'caution.heart.title': 'Heart disease',
  'caution.heart': {
    plain:
      "Amitriptyline blocks sodium channels and, at higher levels, a potassium channel (hERG) in the heart: it can slow the heart's electrical signal and lengthen its recovery time (the QT interval). It is avoided after a recent heart attack and with some heart rhythm problems; the risk of sudden death rises at 100 mg a day or more.",
    technical:
      'Amitriptyline: Na+ channel block slows cardiac conduction; hERG (IKr) block prolongs QT; avoid after recent myocardial infarction and with arrhythmia; sudden-death risk rises at 100 mg/day or more (Ray 2004, M).',
  },
  'caution.glaucoma-urinary.title': 'Glaucoma and trouble passing urine',
  'caution.glaucoma-urinary': {
    plain:
      'Amitriptyline blocks acetylcholine (muscarinic) receptors, which widens the pupil and can raise the pressure in the eye in some kinds of glaucoma, and can make it hard to pass urine. Duloxetine does not block these receptors.',
    technical:
      'Muscarinic antagonism (amitriptyline) can precipitate angle-closure glaucoma and urinary retention; duloxetine has no meaningful muscarinic block.',
  },
  'caution.cyp2d6-poor.title': 'CYP2D6 poor metabolisers and amitriptyline',
  'caution.cyp2d6-poor': {
    plain:
      'Some people have little of the enzyme that clears nortriptyline. Their levels run two to three times higher, so side effects are more likely; guidelines suggest a lower starting dose or another medicine.',
    technical:
      'CPIC (tricyclics): poor metabolisers have markedly higher levels; consider an alternative or a 50% lower starting dose with level monitoring (M). Simulated as no CYP2D6 activity.',
  },
  'caution.cyp2d6-ultrarapid.title': 'CYP2D6 ultrarapid metabolisers and amitriptyline',
  'caution.cyp2d6-ultrarapid': {
    plain:
      'Some people have a lot of the enzyme that clears nortriptyline. Their levels run lower, so the medicine may not work as well; guidelines suggest another medicine.',
    technical:
      'CPIC (tricyclics): ultrarapid metabolisers have lower levels and may not respond; consider an alternative (M). Simulated as twice normal CYP2D6 activity.',
  },
  'caution.duloxetine-smoking.title': 'Smoking and duloxetine',
  'caution.duloxetine-smoking': {
    plain:
      'Smoking speeds up a liver enzyme (CYP1A2) that clears duloxetine, so a smoker’s level runs about a third lower. The simulation shows the lower level.',
    technical:
      'Smoking induces CYP1A2: duloxetine exposure ~1/3 lower (label; no dose change is recommended). Simulated as clearance x 1.5.',
  },
  'caution.weight.title': 'Weight',
  'caution.weight': {
    plain: 'Amitriptyline blocks histamine H1 receptors, which can increase appetite and weight.',
    technical: 'H1 antagonism (amitriptyline) is associated with weight gain.',
  },
  'caution.insomnia.title': 'Sleep problems (insomnia)',
  'caution.insomnia': {
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
  'evidence.sourceLabel': 'Source:',
  'evidence.link.doi': '{cite}: the article (DOI link, opens in a new tab)',
  'evidence.link.pubmed': '{cite}: the PubMed record (opens in a new tab)',
  'evidence.population':
    'These figures come from people with {population}, not from people with {condition}.',
  'evidence.population.neuropathic-pain': 'nerve pain (neuropathic pain)',
  'evidence.population.diabetic-neuropathy': 'painful diabetic neuropathy',
  'evidence.population.fibromyalgia': 'fibromyalgia',
  'evidence.population.chronic-musculoskeletal-pain':
    'chronic back, neck, joint or shoulder pain and headache',
  'evidence.population.depression': 'depression',
  'evidence.population.healthy-volunteers': 'no pain condition (healthy volunteers)',
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
      'Medicines moving from the gut into the blood and out again (a quarter of amitriptyline turns into nortriptyline), reaching the brain a little later; how age, smoking, the liver, the kidneys and the CYP2D6 enzyme change those levels; and duloxetine slowing the enzyme that clears nortriptyline.',
    technical:
      'One-compartment pharmacokinetics with first-order absorption and elimination (solved exactly), amitriptyline to nortriptyline (25% of the dose, half on the first pass), a brain effect site that lags plasma, patient factors (age, smoking, hepatic, renal, CYP2D6 genotype) and reversible CYP2D6 inhibition by duloxetine and sertraline.',
  },
  'about.includes.occupancy': {
    plain:
      'How much of each target each medicine blocks: the serotonin and noradrenaline pumps, and the receptors behind side effects. Only the part of a medicine not stuck to blood proteins can block anything. Medicines compete for the same target.',
    technical:
      'Competitive occupancy of SERT, NET, H1, muscarinic, alpha-1, Na+ channels, NMDA and hERG by the free drug: transporter EC50s from PET where measured; every other target from Ki with the same in-vivo scaling and the free fraction.',
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
      "Acupuncture: a session's effect builds for about half an hour and is mostly gone within hours of the needles coming out; a course of sessions builds a lasting effect that fades only over months. Real needles release the body's own opioids (different ones at 2 Hz and 100 Hz); sham needles, like a placebo pill, work through expectation.",
    technical:
      'Session response with CCK-8 tolerance over hours and decay after needle removal; a course effect consolidated logistically over sessions and persisting for months (Vickers 2018); frequency-specific mu/delta and kappa release; expectation (PFC to PAG, with endogenous opioids) in every mode including sham, and from a placebo pill.',
  },
  'about.includes.networks': {
    plain:
      'Twelve brain regions in networks (the resting "default mode" network, the salience network and the pain-control links) and the delayed blood signal that fMRI measures.',
    technical:
      'Twelve coupled regions as an Ornstein-Uhlenbeck process; expected BOLD correlations; balloon-Windkessel haemodynamics; DMN-insula coupling that follows pain; DMN coherence (mean correlation among four DMN hubs) as a hypothesis.',
  },
  'about.includes.outcomes': {
    plain:
      'Pain relief, a simulated pain score from 0 to 10 sized to what trials see, and warning signals: duloxetine’s nausea at the start and symptoms after stopping suddenly, serotonin toxicity when two serotonin medicines are combined, and amitriptyline’s anticholinergic load.',
    technical:
      'Analgesia relative to untreated; NRS 0-10 calibrated to drug-minus-placebo trial effects; teaching-scale nausea, discontinuation, serotonin-toxicity and anticholinergic signals.',
  },
  'about.leavesOut.title': 'What it leaves out',
  'about.leavesOut.people': {
    plain:
      'Most differences between people: body size, sex, most genes, food and missed doses. Age, smoking, liver and kidney disease and CYP2D6 type are included only as their average effect on drug levels.',
    technical:
      'Inter-individual variation beyond the five patient factors (each an average label-level effect): CYP2C19 genotype, sex, body size, pregnancy, food effects, adherence; CYP2D6 type acts on the tricyclics only; the age factor on the tricyclics only.',
  },
  'about.leavesOut.interactions': {
    plain:
      'Interactions other than those shown (for example with tramadol, triptans or blood thinners), and how likely serotonin syndrome really is: the app shows where the risk comes from, not a chance.',
    technical:
      'Interactions other than CYP2D6 inhibition and target competition (other CYP enzymes, co-medications such as tramadol, triptans, NSAIDs, anticoagulants); the serotonin-toxicity signal is a teaching signal, not a probability.',
  },
  'about.leavesOut.placebo': {
    plain:
      "The natural ups and downs of pain. (The expectation of a placebo pill or of sham needles is included; medicines alone show only their own, drug-specific effect, so add the placebo pill to see what a trial's medicine group feels.)",
    technical:
      'Natural course and regression to the mean. Placebo-pill and sham expectation are modelled through PFC -> PAG; drug scenarios alone give the drug-specific effect (no pill expectation unless the placebo toggle is on).',
  },
  'about.leavesOut.brainstem': {
    plain:
      'Second-by-second changes in the brainstem, and other systems such as sleep, mood, stress, inflammation and the immune system.',
    technical:
      'Second-scale ON/OFF alternation (the serotonergic neutral cells are modelled only as the 5-HT source); C- versus A-fibre input; DNIC as a node; glial, immune and inflammatory contributions; sleep, mood and stress.',
  },
  'about.leavesOut.sideEffects': {
    plain:
      'Side effects as outcomes: the app shows how much of each receptor is blocked and what that means, but does not simulate sleepiness, dry mouth, dizziness or heart rhythm themselves. Nausea is modelled for duloxetine only. Low sodium, bleeding, mood changes and overdose are explained as cautions, not simulated.',
    technical:
      "Adverse effects are not simulated as outcomes (occupancy and teaching signals only) except duloxetine nausea; hyponatraemia, bleeding, suicidality and overdose are cautions only; nortriptyline's off-target binding and sertraline's metabolite are left out.",
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
      "The model was checked against twenty-four targets from published studies, for example how much of the serotonin pump duloxetine blocks in the hours after a dose, how much pain falls in trials, and how fast the effect of an acupuncture session fades. Automatic tests check every one, and say which targets the model was tuned to and which it meets on its own. The numbers that are the model's own teaching choices are marked as such in its documentation.",
    technical:
      'Twenty-four calibration targets (PK, PET occupancy, free-drug off-target occupancy, interactions, dose-response, pain in points, placebo, session vs course, networks, patient factors) are each asserted by a test marked as independent of, or confirming, the fitted parameters. Fitted or assumed parameters carry a C mark with their rationale.',
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
