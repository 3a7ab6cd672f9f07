export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}
export function startPreviewServer(options?: { port?: number }): Promise<PreviewServer>;
