/** A step's note for the report (a navigation that accepted a leave-page dialog, typing over HTTP): logged when there is one. */
import type { MinkWorld } from '../support/world';

export function say(world: MinkWorld, note: string | void): void {
  if (note) world.log(note);
}
