// Client names for pages whose data carries only client ids (progress-service knows ids, plan-service names).
import { get } from './api.js';

export async function clientDirectory() {
  try {
    const clients = await get('/clients');
    return { list: clients, name: (id) => (clients.find((c) => c.id === id) || {}).displayName || 'Unknown client' };
  } catch (e) {
    // Names are a convenience here: the page still works with ids if plan-service does not answer
    return { list: [], name: () => 'Client', unavailable: e };
  }
}
