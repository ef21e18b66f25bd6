// What a review shows of an item's notes and evidence and of a recorded sign-off, loaded after the
// checklist is on screen: an in-progress review opens without them, a signed-off revision and a
// printout wait for them (one small download) so that nothing moves once they arrive. An
// imported template's guidance (Markdown) is rendered with the same download.
export { MarkdownView } from '../MarkdownView';
export { ItemExtras } from './ItemExtras';
export { SignOffRecord } from './SignOffRecord';
