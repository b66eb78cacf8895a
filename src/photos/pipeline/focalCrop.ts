/** A rectangle in pixels of the (auto-oriented) source image. */
export interface CropRect {
  left: number
  top: number
  width: number
  height: number
}

/**
 * Where to cut a `target` size out of a `source` image: the largest region of the target's aspect
 * ratio, centred on the focal point (0–100 on each axis, Payload's `focalX`/`focalY`) and pushed
 * back inside the image at the edges. `output` is the target size, or the region itself when the
 * source is too small (never enlarged; the aspect ratio is kept).
 */
export function focalCrop(
  source: { width: number; height: number },
  target: { width: number; height: number },
  focal: { x: number; y: number } = { x: 50, y: 50 },
): { region: CropRect; output: { width: number; height: number } } {
  const aspect = target.width / target.height
  const wide = source.width / source.height > aspect
  const width = Math.min(
    source.width,
    Math.max(1, Math.round(wide ? source.height * aspect : source.width)),
  )
  const height = Math.min(
    source.height,
    Math.max(1, Math.round(wide ? source.height : source.width / aspect)),
  )
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max)
  const left = clamp(Math.round((focal.x / 100) * source.width - width / 2), source.width - width)
  const top = clamp(
    Math.round((focal.y / 100) * source.height - height / 2),
    source.height - height,
  )
  // Within a pixel of the target counts as the target (rounding of the reduced intermediate).
  const output =
    width + 1 >= target.width ? { width: target.width, height: target.height } : { width, height }
  return { output, region: { height, left, top, width } }
}

/**
 * The scale (≤ 1) at which the source still yields every target at full size: decoding to this
 * once (shrink-on-load) is enough for all crops, whatever the focal point.
 */
export function intermediateScale(
  source: { width: number; height: number },
  targets: { width: number; height: number }[],
): number {
  const cover = targets.map((t) => Math.max(t.width / source.width, t.height / source.height))
  return Math.min(1, Math.max(...cover))
}
