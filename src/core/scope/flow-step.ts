/**
 * What counts as a step of the flow in a prototype: an action that takes the customer to
 * another screen. NODE actions navigating, swapping or opening an overlay are steps; going
 * back, closing an overlay, opening a URL, scrolling within the screen and changing a
 * component's variant (hover states, toggles) are not. A NODE action that does not say how it
 * navigates is a plain navigation, as in files older than the navigation field.
 */

/** The part of a prototype action (REST `actions[]`, plugin `reactions[].actions[]`) the rule reads. */
export interface ActionLike {
  type?: unknown;
  destinationId?: unknown;
  navigation?: unknown;
}

const STEP_NAVIGATIONS: { [navigation: string]: boolean } = { NAVIGATE: true, SWAP: true, OVERLAY: true };

/** The destination of an action when it is a step, else null. */
export function stepDestination(action: ActionLike | null | undefined): string | null {
  if (action === null || action === undefined || action.type !== 'NODE') return null;
  const destination = action.destinationId;
  if (typeof destination !== 'string' || destination === '') return null;
  const navigation = action.navigation;
  if (navigation === undefined || navigation === null) return destination;
  return typeof navigation === 'string' && STEP_NAVIGATIONS[navigation] === true ? destination : null;
}
