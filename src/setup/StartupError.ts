/** A misconfiguration that must stop startup; its message is the one line the operator sees. */
export class StartupError extends Error {
  override name = 'StartupError'
}
