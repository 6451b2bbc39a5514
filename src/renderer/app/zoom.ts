/** Zoom steps of the page, as Word offers them, from 50 % to 300 %. */
export const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3];

/** The next zoom step up (1) or down (-1) from `zoom`, or 100 % (0). */
export function nextZoom(zoom: number, step: 1 | -1 | 0): number {
  if (step === 0) return 1;
  if (step > 0) return ZOOM_STEPS.find((z) => z > zoom + 0.001) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1];
  return [...ZOOM_STEPS].reverse().find((z) => z < zoom - 0.001) ?? ZOOM_STEPS[0];
}
