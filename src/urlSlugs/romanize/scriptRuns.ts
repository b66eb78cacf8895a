/** A stretch of text that is all in one language's script (`native`) or all not. */
export interface ScriptRun {
  native: boolean
  text: string
}

/**
 * Splits text into alternating runs of characters that match `nativeScript` and characters that
 * do not, so that each run can go to its own romanizer (Latin words and digits inside CJK titles).
 */
export function scriptRuns(text: string, nativeScript: RegExp): ScriptRun[] {
  const runs: ScriptRun[] = []
  for (const ch of text) {
    const native = nativeScript.test(ch)
    const last = runs[runs.length - 1]
    if (last && last.native === native) last.text += ch
    else runs.push({ native, text: ch })
  }
  return runs
}
