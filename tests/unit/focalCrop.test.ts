import { describe, expect, it } from '@jest/globals'

import { focalCrop, intermediateScale } from '../../src/photos/pipeline/focalCrop.js'

describe('focalCrop', () => {
  it('cuts the largest region of the target aspect around the focal point', () => {
    expect(
      focalCrop({ height: 4000, width: 6000 }, { height: 400, width: 400 }, { x: 50, y: 50 }),
    ).toEqual({
      output: { height: 400, width: 400 },
      region: { height: 4000, left: 1000, top: 0, width: 4000 },
    })
    expect(
      focalCrop({ height: 4000, width: 6000 }, { height: 1080, width: 1920 }, { x: 50, y: 10 }),
    ).toEqual({
      output: { height: 1080, width: 1920 },
      region: { height: 3375, left: 0, top: 0, width: 6000 },
    })
    expect(
      focalCrop({ height: 4000, width: 6000 }, { height: 1080, width: 1920 }, { x: 50, y: 45 })
        .region.top,
    ).toBe(Math.round(1800 - 3375 / 2))
    // Lower down, the region stops at the bottom edge.
    expect(
      focalCrop({ height: 4000, width: 6000 }, { height: 1080, width: 1920 }, { x: 50, y: 60 })
        .region.top,
    ).toBe(625)
  })

  it('pushes the region back inside the image at the edges', () => {
    expect(
      focalCrop({ height: 800, width: 1600 }, { height: 400, width: 400 }, { x: 0, y: 0 }).region,
    ).toEqual({
      height: 800,
      left: 0,
      top: 0,
      width: 800,
    })
    expect(
      focalCrop({ height: 800, width: 1600 }, { height: 400, width: 400 }, { x: 100, y: 100 })
        .region,
    ).toEqual({
      height: 800,
      left: 800,
      top: 0,
      width: 800,
    })
    expect(
      focalCrop({ height: 800, width: 1600 }, { height: 400, width: 400 }, { x: 30, y: 50 }).region
        .left,
    ).toBe(80)
  })

  it('never enlarges: a small source gives the region itself, in the target aspect', () => {
    expect(focalCrop({ height: 1200, width: 1600 }, { height: 1080, width: 1920 })).toEqual({
      output: { height: 900, width: 1600 },
      region: { height: 900, left: 0, top: 150, width: 1600 },
    })
    expect(focalCrop({ height: 100, width: 100 }, { height: 630, width: 1200 }).output).toEqual({
      height: 53,
      width: 100,
    })
  })

  it('decodes once at the scale the largest crop needs, never above the source', () => {
    const sizes = [
      { height: 400, width: 400 },
      { height: 1080, width: 1920 },
    ]
    expect(intermediateScale({ height: 4000, width: 6000 }, sizes)).toBeCloseTo(0.32)
    expect(intermediateScale({ height: 600, width: 800 }, sizes)).toBe(1)
    // A tall panorama: the hero's width decides.
    expect(intermediateScale({ height: 8000, width: 2000 }, sizes)).toBeCloseTo(0.96)
  })
})
