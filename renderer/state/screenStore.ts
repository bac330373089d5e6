import { create } from 'zustand';
import type { Screen } from '../../shared/api/routes';

export type { Screen } from '../../shared/api/routes';

interface ScreenState {
  readonly screen: Screen;
  readonly show: (screen: Screen) => void;
}

export const useScreenStore = create<ScreenState>()((set) => ({
  screen: 'desk',
  show: (screen) => set({ screen }),
}));
