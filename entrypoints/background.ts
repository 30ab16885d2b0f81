import { defineBackground } from 'wxt/utils/define-background';
import { createLiveBackgroundServices } from '../utils/background/live-services';
import { registerMessageHandlers } from '../utils/background/register-message-handlers';
import { registerSourceListeners } from '../utils/background/register-source-listeners';

// Synchronous on purpose: MV3 restarts the worker to deliver an event, and listeners must be
// registered in the first turn. Everything that must outlive the worker is in IndexedDB or storage.
export default defineBackground(() => {
  const services = createLiveBackgroundServices();
  registerMessageHandlers(services);
  registerSourceListeners(services);
});
