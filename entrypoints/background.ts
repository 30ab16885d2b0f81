import { defineBackground } from 'wxt/utils/define-background';
import { createLiveBackgroundDependencies } from '../utils/background/live-dependencies';
import { createLiveFollowService } from '../utils/background/live-follow';
import { registerFollowHandlers } from '../utils/background/register-follow-handlers';
import { registerMessageHandlers } from '../utils/background/register-message-handlers';
import { registerSourceListeners } from '../utils/background/register-source-listeners';

// Synchronous on purpose: MV3 restarts the worker to deliver an event, and listeners must be
// registered in the first turn. Everything that must outlive the worker is in IndexedDB or storage.
export default defineBackground(() => {
  const background = createLiveBackgroundDependencies();
  registerMessageHandlers(background);
  registerSourceListeners(background);
  registerFollowHandlers(createLiveFollowService(background.reports));
});
