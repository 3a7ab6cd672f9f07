import type { ComponentChildren } from 'preact';

export interface BannerProps {
  tone: 'error' | 'warning' | 'info' | 'success';
  title?: string;
  children?: ComponentChildren;
  actions?: ComponentChildren;
  onDismiss?: () => void;
  testId?: string;
}

/** A message strip: errors interrupt screen readers (alert), the rest are polite (status). */
export function Banner({ tone, title, children, actions, onDismiss, testId }: BannerProps) {
  return (
    <div class={`banner banner--${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <div class="banner__text">
        {title && <strong class="banner__title">{title}</strong>}
        {children}
      </div>
      {(actions || onDismiss) && (
        <div class="banner__actions">
          {actions}
          {onDismiss && (
            <button type="button" class="icon-button" aria-label="Dismiss message" onClick={onDismiss}>
              ×
            </button>
          )}
        </div>
      )}
    </div>
  );
}
