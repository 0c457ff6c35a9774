// A promise that resolves in a new task (a message the page posts to itself: no timer clamping),
// so the browser can paint and answer input before the work that follows.
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
