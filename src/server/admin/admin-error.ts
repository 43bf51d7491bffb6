/** An admin API refusal: tool-shaped errors belong only to /__admin. */
export class AdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
