import { create } from 'zustand';

/** The workstation's top-level screens; the desk is the queue and the open claim. */
export const SCREENS = ['desk', 'team', 'reports', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

interface ScreenState {
  readonly screen: Screen;
  readonly show: (screen: Screen) => void;
}

export const useScreenStore = create<ScreenState>()((set) => ({
  screen: 'desk',
  show: (screen) => set({ screen }),
}));
