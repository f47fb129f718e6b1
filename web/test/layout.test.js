import { test } from 'node:test';
import assert from 'node:assert/strict';
import { centreOffset, coveredInsets } from '../src/js/layout.js';

const map = { left: 0, top: 150, right: 390, bottom: 844 };

test('a bottom sheet covers the bottom of the map; the point goes to the middle of what is left', () => {
  const insets = coveredInsets(map, [{ left: 0, top: 464, right: 390, bottom: 844 }]);
  assert.deepEqual(insets, { top: 0, right: 0, bottom: 380, left: 0 });
  assert.deepEqual(centreOffset(insets), { x: 0, y: 190 });
});

test('a side panel covers its side; a legend on the left its side; what lies outside the map covers nothing', () => {
  const wide = { left: 0, top: 116, right: 1280, bottom: 800 };
  const insets = coveredInsets(wide, [{ left: 890, top: 126, right: 1270, bottom: 790 }, { left: 10, top: 548, right: 242, bottom: 774 }, { left: 0, top: 0, right: 1280, bottom: 60 }]);
  assert.deepEqual(insets, { top: 0, right: 390, bottom: 0, left: 242 });
  assert.deepEqual(centreOffset(insets), { x: 74, y: 0 });
});
