// English messages: the 3D brain view. Keys are typed from this file (see ../i18n.svelte.ts).
import type { Messages } from '../message.ts';

export default {
  'brain3d.label': '3D brain',
  'brain3d.canvasLabel': '3D brain and spinal cord',
  'brain3d.viewportLabel': '3D brain view: turn, move and zoom',
  'brain3d.canvasDescription': {
    plain:
      'A see-through brain with the brainstem and a drawn spinal cord. Each ball is a brain area: bigger and brighter means more active than with no treatment. Tubes are the pain pathways, with dots flowing along them as fast as the signal; arcs over the brain join areas that work together, thicker when they are more in step.',
    technical:
      'Glass cerebrum (Allen Human Reference Atlas surfaces, MNI space) with brainstem, subcortical structures and a schematic spinal cord. Markers at each region\u2019s MNI coordinate scale with simulated activity relative to untreated; pathway tubes carry particles at the simulated rate; network arcs scale with simulated BOLD correlation.',
  },
  'brain3d.keysHelp':
    'Arrow keys turn the brain, Shift with arrow keys moves it, plus and minus zoom. Drag to turn, pinch or scroll to zoom.',
  'brain3d.noWebgl':
    '3D needs WebGL, which this browser or device does not offer; the 2D pathway shows everything.',
  'brain3d.createFailed':
    'The 3D view could not start its graphics (WebGL failed); the 2D pathway shows everything.',
  'brain3d.contextLost':
    'The 3D view lost its graphics context (the browser or graphics driver reset it). It comes back when the browser allows; the 2D pathway shows everything meanwhile.',
  'brain3d.contextRestored': 'The 3D view is back.',
  'brain3d.loading': 'Loading the brain surfaces\u2026',
  'brain3d.loadFailed':
    'The brain surfaces could not be loaded; the regions and pathways still show.',
  'brain3d.toolbar': '3D view controls',
  'brain3d.views': 'View',
  'brain3d.preset.left': 'Left',
  'brain3d.preset.right': 'Right',
  'brain3d.preset.top': 'Top',
  'brain3d.preset.front': 'Front',
  'brain3d.preset.sagittal': 'Midline',
  'brain3d.preset.reset': 'Reset',
  'brain3d.preset.sagittalHint':
    'Midline view: the left half of the brain is cut away so the brainstem shows',
  'brain3d.mode': 'Colour by',
  'brain3d.mode.activity': 'Activity',
  'brain3d.mode.fmri': 'Simulated fMRI',
  'brain3d.labels': 'Labels',
  'brain3d.networks': 'Network links',
  'brain3d.export': 'Save image',
  'brain3d.export1x': 'PNG',
  'brain3d.export2x': 'PNG 2\u00d7',
  'brain3d.export1xHint': 'Save the view as a PNG at screen size',
  'brain3d.export2xHint': 'Save the view as a PNG at twice the size, for slides',
  'brain3d.exported': 'Saved {file}.',
  'brain3d.exportFailed': 'The image could not be saved.',
  'brain3d.fmri.title': 'Simulated BOLD change from untreated',
  'brain3d.fmri.fall': 'fall',
  'brain3d.fmri.rise': 'rise',
  'brain3d.fmri.caveat': {
    plain:
      'This is a simulation of what a brain scanner might see, not a real scan of anyone. The sizes are for teaching; a real scan is noisy and cannot see the tiny brainstem areas this clearly.',
    technical:
      'Simulation of what a scanner would see: the balloon model\u2019s steady-state BOLD for each region\u2019s modelled activity, assuming inflow follows activity one to one. The scale is illustrative, not a measurement; brainstem nuclei (PAG, RVM, LC) are near fMRI\u2019s spatial resolution.',
  },
  'brain3d.fmri.caveatShort':
    'A simulation of what a scanner might see, not a real scan; illustrative scale.',
  'brain3d.key.activity': {
    plain:
      'Ball size and glow: how active an area is compared with no treatment. Orange: the pain signal. Green: the brake. Yellow: the RVM cells that turn pain up. Light blue: control from the front of the brain. Purple: the resting (default mode) network.',
    technical:
      'Marker area and glow follow relative activity (1 = untreated). Hue groups: ascending (vermillion), salience (orange), descending inhibition (bluish green), RVM ON cells (yellow), prefrontal/top-down (sky blue), DMN (reddish purple).',
  },
  'brain3d.key.links': 'Arcs: thicker and brighter when the two areas are more in step.',
  'brain3d.key.dmn': 'default mode network',
  'brain3d.key.salience': 'salience network',
  'brain3d.key.modulation': 'pain-modulation links',
  'brain3d.regions': 'Regions in the 3D view',
  'brain3d.regionsHelp':
    'Up and down arrows move between regions; the inspector shows the region you move to.',
  'brain3d.regionOption': '{name}: {change}',
  'brain3d.regionOptionBold': '{name}: {change}; simulated BOLD {bold}',
  'brain3d.focusCaption': '{index} of {count}: {name}, {change}',
  'brain3d.cord': 'Spinal cord (schematic)',
  'brain3d.credit':
    'Brain surfaces: Allen Human Reference Atlas \u2013 3D, 2020 (RRID:SCR_017764), \u00a9 2019 Allen Institute for Brain Science, CC BY 4.0; changes made: structures extracted, smoothed and simplified. The spinal cord and the nerve are schematic drawings, not atlas data. PAG and RVM positions are approximate.',
  'brain3d.creditShort':
    'Brain: Allen Human Reference Atlas 3D (2020), CC BY 4.0, modified. Spinal cord schematic. PainBrake simulation, {time}.',
  'brain3d.licence': 'licence',
} as const satisfies Messages;
