/** The last error, until the planner dismisses it. */
import { useAppState, useAppStore } from '../state/store-context';

export function Banner() {
  const store = useAppStore();
  const banner = useAppState((s) => s.banner);
  if (!banner) return null;
  return (
    <div className="banner" role="alert" data-banner-id={banner.id}>
      <span className="banner-message">{banner.message}</span>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => store.dismissBanner()}>
        ×
      </button>
    </div>
  );
}
