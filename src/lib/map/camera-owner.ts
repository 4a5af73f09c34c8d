/**
 * One owner of the map's camera at a time. Several parts of the atlas move the camera: a view set from outside the
 * map (Back/Forward, a story step: CameraFollower), a focused region fitted (RegionsLayer), a group zoomed into on
 * a click (EventsLayer), and the open event brought into sight — off-screen, or under a phone's bottom sheet
 * (SheetClearance). Run at once, two eased moves cut each other off and the camera ends wherever the last one
 * started; so each move names its owner and this rule decides.
 *
 * - A **directed** move (`view`, `region`, `group`) is what the reader or the link asked for: it always starts,
 *   stopping whatever move is running.
 * - Keeping the open **event** in sight is a correction: it never interrupts a directed move. It waits for that move
 *   to end, then looks again and moves only if the event is still hidden.
 */
export type CameraOwner = 'view' | 'region' | 'group' | 'event';

/** Whether a move by `next` may start while `running` owns the camera (null: the camera is still). */
export function mayMoveCamera(running: CameraOwner | null, next: CameraOwner): boolean {
  return running === null || next !== 'event' || running === 'event';
}
