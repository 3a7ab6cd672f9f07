import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Client } from '../src/core/protocol/channel';
import type { BootState } from './bridge/initial-state';
import { Header } from './components/Header';
import { HelpPopover } from './components/HelpPopover';
import { LiveRegion } from './components/LiveRegion';
import { ResizeGrip } from './components/ResizeGrip';
import { ReviewBanners } from './components/ReviewBanners';
import { SaveIndicator } from './components/SaveIndicator';
import { Stepper } from './components/Stepper';
import { useShortcuts } from './keyboard/use-shortcuts';
import { StoreContext } from './state/context';
import { isAreaView } from './state/steps';
import { createStore, type Store } from './state/store';
import { AreaView } from './views/AreaView';
import { DevModeView } from './views/DevModeView';
import { OverviewView } from './views/OverviewView';
import { ScanProgressView } from './views/ScanProgressView';
import { StartView } from './views/StartView';
import { SummaryView } from './views/SummaryView';
import { useStepEntry } from './views/use-step-entry';

export interface AppProps {
  client: Client;
  initialState: BootState;
  /** Window whose pagehide/visibilitychange flush unsaved notes (tests pass their own). */
  win?: Window;
}

function Body({ store }: { store: Store }) {
  const phase = store.phase.value;
  if (phase.kind === 'scanning') return <ScanProgressView progress={phase.progress} />;
  if (!store.review.value) return <StartView />;
  if (store.editorType.value === 'dev') return <DevModeView />;
  const view = store.view.value;
  if (view === 'summary') return <SummaryView />;
  if (isAreaView(view)) return <AreaView key={view} areaId={view} />;
  return <OverviewView />;
}

/**
 * The panel. Listeners are registered when the store is created (first render); the READY
 * handshake is sent after mount, so the sandbox never sends into the void.
 */
export function App({ client, initialState, win = window }: AppProps) {
  const store = useMemo(() => createStore(client, initialState), [client]);

  useEffect(() => {
    // Nothing typed may be lost when the panel closes or is hidden.
    const flush = (): void => store.saver.flushNow();
    const onVisibility = (): void => {
      if (win.document.visibilityState === 'hidden') flush();
    };
    win.addEventListener('pagehide', flush);
    win.addEventListener('beforeunload', flush);
    win.document.addEventListener('visibilitychange', onVisibility);
    client.ready();
    store.start();
    return () => {
      win.removeEventListener('pagehide', flush);
      win.removeEventListener('beforeunload', flush);
      win.document.removeEventListener('visibilitychange', onVisibility);
      store.dispose();
    };
  }, [store]);

  useShortcuts(store, win.document);
  const main = useRef<HTMLElement>(null);
  useStepEntry(store, main);

  const reviewing = store.review.value !== null && store.editorType.value !== 'dev' && store.phase.value.kind !== 'scanning';
  return (
    <StoreContext.Provider value={store}>
      <div class="app">
        <Header />
        {reviewing && <Stepper />}
        <main class="body" id="main" ref={main}>
          <ReviewBanners />
          <Body store={store} />
        </main>
        <footer class="footer">
          <SaveIndicator />
          <ResizeGrip />
        </footer>
        <HelpPopover />
        <LiveRegion />
      </div>
    </StoreContext.Provider>
  );
}
