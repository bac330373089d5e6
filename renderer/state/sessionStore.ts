import { create } from 'zustand';
import type { SessionInfo } from '../../shared/api/schemas';
import { type ApiError, call } from '../api/client';
import { toApiError } from '../api/api-error';

interface SessionState {
  readonly info: SessionInfo | null;
  readonly error: ApiError | null;
  readonly load: () => Promise<void>;
}

export const useSessionStore = create<SessionState>()((set) => ({
  info: null,
  error: null,
  async load() {
    try {
      const info = await call('session.info', {});
      set({ info, error: null });
    } catch (error) {
      set({ error: toApiError(error) });
    }
  },
}));
