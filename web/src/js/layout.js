// Which part of the map the panel covers, so that the map can put the answer where it stays visible: above a bottom
// sheet on phones, beside the side panel on wide screens and in frames. Pure: unit-tested with node --test.

/**
 * The map's edges covered by each of the rectangles ({left, top, right, bottom}, page pixels): { top, right, bottom,
 * left } in pixels. A rectangle about as wide as the map covers its bottom (a sheet); another covers the side it sits on.
 */
export function coveredInsets(mapRect, covers) {
  const insets = { top: 0, right: 0, bottom: 0, left: 0 };
  const width = mapRect.right - mapRect.left;
  for (const r of covers) {
    if (!r || r.right <= mapRect.left || r.left >= mapRect.right || r.bottom <= mapRect.top || r.top >= mapRect.bottom) continue;
    if (r.right - r.left >= width * 0.8) {
      if ((r.top + r.bottom) / 2 > (mapRect.top + mapRect.bottom) / 2) insets.bottom = Math.max(insets.bottom, mapRect.bottom - r.top);
      else insets.top = Math.max(insets.top, r.bottom - mapRect.top);
    } else if ((r.left + r.right) / 2 > (mapRect.left + mapRect.right) / 2) {
      insets.right = Math.max(insets.right, mapRect.right - r.left);
    } else {
      insets.left = Math.max(insets.left, r.right - mapRect.left);
    }
  }
  return insets;
}

/** How far (pixels) the map's centre must sit from a point for the point to be in the middle of the uncovered part. */
export function centreOffset(insets) {
  return { x: (insets.right - insets.left) / 2, y: (insets.bottom - insets.top) / 2 };
}
