import type { FlowFacts } from '../../src/core/model/findings';
import type { FrameInfo, FrameReviewState } from '../../src/core/protocol/messages';

export interface FrameStripProps {
  frames: FrameInfo[];
  flow: FlowFacts;
  frameStates: FrameReviewState[];
  onShow(frameId: string): void;
}

/** The reviewed frames in flow order; each jumps to its frame on the canvas. */
export function FrameStrip({ frames, flow, frameStates, onShow }: FrameStripProps) {
  const deadEnds = new Set(flow.deadEnds);
  const onPath = new Set(flow.pathToConnect);
  return (
    <ol class="strip" data-testid="frame-strip" aria-label="Frames in flow order">
      {frames.map((frame, index) => {
        const state = frameStates.find((f) => f.frameId === frame.id);
        const tags: string[] = [];
        if (frame.id === flow.startFrameId) tags.push('Start');
        if (frame.id === flow.connectFrameId) tags.push('Connect');
        if (deadEnds.has(frame.id)) tags.push('Dead end');
        if (state?.changedSinceReview) tags.push('Changed');
        if (state?.copiedFrom) tags.push('Copy');
        const cls = ['strip__frame', onPath.has(frame.id) ? 'strip__frame--path' : '', deadEnds.has(frame.id) ? 'strip__frame--dead' : '']
          .filter(Boolean)
          .join(' ');
        return (
          <li key={frame.id} class="strip__item">
            <button type="button" class={cls} onClick={() => onShow(frame.id)} title={`Show “${frame.name}” on the canvas`}>
              <span class="strip__number" aria-hidden="true">
                {index + 1}
              </span>
              <span class="strip__name">{frame.name}</span>
              {tags.length > 0 && <span class="strip__tags">{tags.join(' · ')}</span>}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
